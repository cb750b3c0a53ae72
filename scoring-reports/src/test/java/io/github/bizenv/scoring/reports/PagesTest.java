package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PagesTest {

  static final Path OUT = Path.of("target", "reports");

  static void save(Page p, String name) throws Exception {
    Files.createDirectories(OUT);
    p.write(OUT.resolve(name));
  }

  @Test
  void writesEveryKind() throws Exception {
    save(Fixtures.quarterlyPage(Texts.chinese()), "quarterly.zh.html");
    save(Fixtures.yearEndPage(Texts.chinese()), "year-end.zh.html");
    save(Fixtures.gapPage(Texts.chinese()), "gap.zh.html");
    save(Fixtures.quarterlyPage(Texts.english()), "quarterly.en.html");
    if (Fixtures.asemPresent()) {
      save(Fixtures.indexPage(Texts.english()), "index.en.html");
    }
    assertTrue(Files.size(OUT.resolve("quarterly.zh.html")) > 1_000_000);
  }
}
