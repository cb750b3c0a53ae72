package io.github.bizenv.scoring.methodologies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  @Test
  void everyBundledMethodologyIsInCanonicalFormAndCompiles() {
    Documents docs = Documents.create();
    for (String name : Catalogue.bundled().names()) {
      String text = Catalogue.bundled().text(name);
      Methodology m = Catalogue.bundled().methodology(name);
      assertEquals(text, docs.toJson(m), name + ".json is not in canonical form: rewrite it with Documents.toJson");
      Plan plan = Engine.create().compile(m);
      assertTrue(plan.nodes().size() > 1, name);
    }
  }

  @Test
  void anUnknownNameListsTheBundledOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Catalogue.bundled().methodology("db2021"));
    assertTrue(e.getMessage().contains("bundled: db2020, bready2025, cn-national-18, asem"), e.getMessage());
  }
}
