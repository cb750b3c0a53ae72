package io.github.bizenv.scoring.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.model.Programme;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestkitTest {

  @Test
  void exportsExactlyTheTestkitPackage() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).find("io.github.bizenv.scoring.testkit")
        .orElseThrow().descriptor();
    assertEquals(Set.of("io.github.bizenv.scoring.testkit"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
  }

  @Test
  void theSameSeedAndSizeGiveEqualValues() {
    for (long seed = 0; seed < 20; seed++) {
      Programme a = ProgrammeGenerator.seeded(seed).size(25).programme();
      Programme b = ProgrammeGenerator.seeded(seed).size(25).programme();
      assertEquals(a, b, "seed " + seed);
      assertEquals(ProgrammeGenerator.seeded(seed).size(25).data(a), ProgrammeGenerator.seeded(seed).size(25).data(b));
    }
    assertNotEquals(ProgrammeGenerator.seeded(1).size(25).programme(), ProgrammeGenerator.seeded(2).size(25).programme());
  }

  @Test
  void sizeBoundsTheTasks() {
    for (long seed = 0; seed < 50; seed++) {
      assertTrue(ProgrammeGenerator.seeded(seed).size(3).programme().tasks().size() <= 3);
    }
    assertThrows(IllegalArgumentException.class, () -> ProgrammeGenerator.seeded(1).size(0));
  }

  @Test
  void seedsNameTheFailingSeed() {
    AssertionError e = assertThrows(AssertionError.class, () -> Seeds.check(42, () -> {
      throw new IllegalStateException("boom");
    }));
    assertTrue(e.getMessage().startsWith("failed with seed 42 (replay with -Dbizenv.seed=42): "), e.getMessage());
    if (System.getProperty(Seeds.PROPERTY) == null) {
      assertEquals(10 + 3, Seeds.of(10, 3));
    }
  }
}
