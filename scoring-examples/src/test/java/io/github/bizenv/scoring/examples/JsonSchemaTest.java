package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.testkit.ProgrammeGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The JSON Schemas under docs/schema accept every bundled sample and everything the library writes. */
class JsonSchemaTest {

  static final Path SCHEMAS = Path.of("..", "docs", "schema");
  static final String BASE = "https://bizenv.github.io/scoring/schema/";
  static final ObjectMapper JSON = new ObjectMapper();
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemas(Map.of(BASE + "programme.schema.json", read("programme.schema.json"),
          BASE + "data.schema.json", read("data.schema.json"),
          BASE + "methodology.schema.json", read("methodology.schema.json"),
          BASE + "uncertainty.schema.json", read("uncertainty.schema.json"))));
  static final Schema PROGRAMME = REGISTRY.getSchema(SchemaLocation.of(BASE + "programme.schema.json"));
  static final Schema DATA = REGISTRY.getSchema(SchemaLocation.of(BASE + "data.schema.json"));
  static final Schema METHODOLOGY = REGISTRY.getSchema(SchemaLocation.of(BASE + "methodology.schema.json"));
  static final Schema UNCERTAINTY = REGISTRY.getSchema(SchemaLocation.of(BASE + "uncertainty.schema.json"));

  static String read(String name) {
    try {
      return Files.readString(SCHEMAS.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read docs/schema/" + name, e);
    }
  }

  static JsonNode sample(String name) throws IOException {
    return JSON.readTree(SampleCity.open(name));
  }

  @Test
  void bundledSamplesConform() throws IOException {
    assertEquals(List.of(), PROGRAMME.validate(sample("programme.json")));
    assertEquals(List.of(), DATA.validate(sample("data-2021.json")));
    for (String m : List.of("db2020.json", "bready2025.json", "cn-national-18.json", "asem.json", "asem-zscore.json", "asem-copeland.json",
        "assessment-departments-2021.json", "assessment-districts-2021.json", "quarterly-progress.json")) {
      assertEquals(List.of(), METHODOLOGY.validate(JSON.readTree(
          JsonSchemaTest.class.getResourceAsStream("/io/github/bizenv/scoring/methodologies/" + m))), m);
    }
  }

  @Test
  void theBundledUncertaintySpecConformsAndTheSchemaRejectsABrokenOne() throws IOException {
    JsonNode spec = JSON.readTree(JsonSchemaTest.class.getResourceAsStream("/uncertainty/asem-coinr.json"));
    assertEquals(List.of(), UNCERTAINTY.validate(spec));
    ObjectNode broken = spec.deepCopy();
    ((ObjectNode) broken.get("dimensions").get(2).get("noise").get(0)).put("factor", 1.5);
    ((ObjectNode) broken.get("dimensions").get(0)).put("type", "winmaxx");
    assertFalse(UNCERTAINTY.validate(broken).isEmpty());
  }

  @Test
  void theSchemaRejectsWhatTheLibraryRejects() throws IOException {
    ObjectNode broken = (ObjectNode) sample("programme.json");
    ((ObjectNode) broken.get("tasks").get(3)).put("lead", "not an id");
    ((ObjectNode) broken.get("tasks").get(4)).put("owner", "amr");
    ((ObjectNode) broken.get("units").get(0)).put("kind", "province");
    List<Error> errors = PROGRAMME.validate(broken);
    assertEquals(3, errors.size(), errors.toString());
    ObjectNode data = (ObjectNode) sample("data-2021.json");
    ((ObjectNode) data.get("ratings").get(0)).put("score", 120);
    assertFalse(DATA.validate(data).isEmpty());
  }

  @Test
  void everythingTheLibraryWritesConforms() throws IOException {
    long base = new SplittableRandom().nextLong();
    Documents docs = Documents.create();
    for (int i = 0; i < 40; i++) {
      long seed = base + i;
      ProgrammeGenerator gen = ProgrammeGenerator.seeded(seed).size(15);
      Programme p = gen.programme();
      assertEquals(List.of(), PROGRAMME.validate(JSON.readTree(docs.toJson(p))), "seed " + seed);
      assertEquals(List.of(), DATA.validate(JSON.readTree(docs.toJson(gen.data(p)))), "seed " + seed);
      io.github.bizenv.scoring.methodology.Methodology m = io.github.bizenv.scoring.testkit.MethodologyGenerator
          .generate(new SplittableRandom(seed)).methodology();
      assertEquals(List.of(), METHODOLOGY.validate(JSON.readTree(docs.toJson(m))), "methodology, seed " + seed);
    }
  }
}
