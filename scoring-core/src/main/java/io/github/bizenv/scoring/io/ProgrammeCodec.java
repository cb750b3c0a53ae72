package io.github.bizenv.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.internal.JsonIn;
import io.github.bizenv.scoring.internal.Schemas;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Benchmark;
import io.github.bizenv.scoring.model.DeclaredClass;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Member;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads and writes {@code bizenv.programme/1} documents. */
final class ProgrammeCodec {

  static final String SCHEMA = DocumentType.PROGRAMME.schema();

  /** Stands in for an unreadable text in the skeleton of a broken element; never part of a result. */
  static final LocalizedText PLACEHOLDER = LocalizedText.zhOnly("?");

  private ProgrammeCodec() {}

  private static final List<String> FIELDS =
      List.of("schema", "id", "name", "period", "benchmark", "organisers", "areas", "units", "indicators", "tasks");

  static Programme read(JsonNode root, String name) {
    JsonIn in = new JsonIn();
    JsonIn.Obj o = in.object(root, "", FIELDS.toArray(new String[0]));
    if (o == null) {
      throw new ValidationException(name, in.problems());
    }
    Schemas.check(in, o, SCHEMA);
    String id = o.id("id");
    LocalizedText title = o.localized("name");
    Period period = o.period("period");
    Benchmark benchmark = benchmark(in, o);
    List<String> organisers = new ArrayList<>(o.idSet("organisers"));
    JsonIn.Indexed<Area> areas = in.array(o.get("areas"), "/areas", (n, p) -> area(in, n, p));
    JsonIn.Indexed<Unit> units = in.array(o.get("units"), "/units", (n, p) -> unit(in, n, p));
    JsonIn.Indexed<Indicator> indicators =
        in.array(o.get("indicators"), "/indicators", (n, p) -> indicator(in, n, p));
    JsonIn.Indexed<Task> tasks = in.array(o.get("tasks"), "/tasks", (n, p) -> task(in, n, p));

    // An area, unit or indicator that could not be read at all would make what names it seem to name nothing: the
    // cross-references are checked once they can all be read.
    boolean readable = !areas.broken() && !units.broken() && !indicators.broken();
    if (id != null && title != null && period != null && benchmark != null && readable) {
      try {
        Programme programme = Programme.builder().id(id).name(title).period(period).benchmark(benchmark)
            .organisers(organisers).areas(areas.values).units(units.values).indicators(indicators.values).tasks(tasks.values)
            .build();
        if (in.problems().isEmpty()) {
          return programme;
        }
      } catch (ValidationException e) {
        Map<String, JsonIn.Indexed<?>> lists =
            Map.of("areas", areas, "units", units, "indicators", indicators, "tasks", tasks);
        for (Problem p : e.problems()) {
          in.problems().add(Problem.of(p.code(), Schemas.remap(p.path(), lists), p.message()));
        }
      }
    }
    throw new ValidationException(name, Schemas.inDocumentOrder(in.problems(), FIELDS));
  }

  private static Benchmark benchmark(JsonIn in, JsonIn.Obj parent) {
    int mark = in.mark();
    JsonNode node = parent.get("benchmark");
    if (node == null) {
      in.add(Problem.MISSING_FIELD, "/benchmark", "required field \"benchmark\" is missing");
      return null;
    }
    JsonIn.Obj o = in.object(node, "/benchmark", "jurisdiction", "values", "standards");
    if (o == null) {
      return null;
    }
    LocalizedText jurisdiction = o.localized("jurisdiction");
    Map<String, Double> values = o.map("values", in::asNumber);
    Map<String, LocalizedText> standards = o.map("standards", in::asLocalized);
    if (!in.since(mark)) {
      return null;
    }
    return in.build("/benchmark", () -> Benchmark.builder().jurisdiction(jurisdiction).values(values)
        .standards(standards).build());
  }

  private static Area area(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "name", "serves");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String id = o.id("id");
    LocalizedText name = o.localized("name");
    Set<String> serves = o.idSet("serves");
    if (id == null) {
      return null;
    }
    return in.buildOrSkeleton(path, in.since(mark),
        () -> Area.builder().id(id).name(name).serves(serves).build(),
        () -> Area.builder().id(id).name(PLACEHOLDER).build());
  }

  private static Unit unit(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "name", "kind", "head", "verticallyManaged", "competences", "members");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String id = o.id("id");
    LocalizedText name = o.localized("name");
    UnitKind kind = o.code("kind", UnitKind::fromCode);
    Optional<LocalizedText> head = o.optLocalized("head");
    Boolean vertical = o.bool("verticallyManaged", false);
    Set<String> competences = o.idSet("competences");
    JsonIn.Indexed<Member> members = in.array(o.get("members"), path + "/members", (n, p) -> {
      JsonIn.Obj m = in.object(n, p, "unit", "weight");
      if (m == null) {
        return null;
      }
      int mm = in.mark();
      String unit = m.id("unit");
      Double weight = m.number("weight");
      return in.since(mm) ? in.build(p, () -> Member.of(unit, weight)) : null;
    });
    if (id == null) {
      return null;
    }
    LocalizedText n = name != null ? name : PLACEHOLDER;
    return in.buildOrSkeleton(path, in.since(mark) && kind != null,
        () -> Unit.builder().id(id).name(n).kind(kind).head(head).verticallyManaged(Boolean.TRUE.equals(vertical))
            .competences(competences).members(members.values).build(),
        () -> Unit.builder().id(id).name(n).kind(kind != null ? kind : UnitKind.DEPARTMENT).build());
  }

  private static Indicator indicator(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "name", "measurementUnit", "direction", "area", "lead", "textCodes");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String id = o.id("id");
    LocalizedText name = o.localized("name");
    String unit = o.text("measurementUnit");
    Direction direction = o.code("direction", Direction::fromCode);
    Optional<String> area = o.optId("area");
    Optional<String> lead = o.optId("lead");
    Set<String> codes = o.textSet("textCodes");
    if (id == null) {
      return null;
    }
    LocalizedText n = name != null ? name : PLACEHOLDER;
    String u = unit != null && !unit.isBlank() ? unit : "?";
    Direction d = direction != null ? direction : Direction.HIGHER_IS_BETTER;
    return in.buildOrSkeleton(path, in.since(mark) && direction != null,
        () -> Indicator.builder().id(id).name(n).measurementUnit(unit).direction(direction).area(area).lead(lead)
            .textCodes(codes).build(),
        () -> Indicator.builder().id(id).name(n).measurementUnit(u).direction(d).area(area).lead(lead).build());
  }

  private static Task task(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "area", "description", "benchmarkStandard", "measure",
        "declaredClass", "legalAuthorisation", "lead", "responsible", "supporting", "workload", "deadline",
        "milestones");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String id = o.id("id");
    String area = o.id("area");
    LocalizedText description = o.localized("description");
    Optional<LocalizedText> standard = o.optLocalized("benchmarkStandard");
    Optional<Measure> measure = Optional.ofNullable(o.get("measure")).map(n -> measure(in, n, path + "/measure"));
    Optional<DeclaredClass> declared =
        Optional.ofNullable(o.get("declaredClass")).map(n -> declaredClass(in, n, path + "/declaredClass"));
    Boolean legal = o.bool("legalAuthorisation", false);
    String lead = o.id("lead");
    Set<String> responsible = o.idSet("responsible");
    Set<String> supporting = o.idSet("supporting");
    OptionalDouble workload = o.optNumber("workload");
    LocalDate deadline = o.date("deadline");
    JsonIn.Indexed<Milestone> milestones =
        in.array(o.get("milestones"), path + "/milestones", (n, p) -> milestone(in, n, p));
    if (id == null || area == null || lead == null || deadline == null) {
      return null;
    }
    LocalizedText d = description != null ? description : PLACEHOLDER;
    return in.buildOrSkeleton(path, in.since(mark),
        () -> Task.builder().id(id).area(area).description(d).benchmarkStandard(standard).measure(measure)
            .declaredClass(declared).legalAuthorisation(legal).lead(lead).responsible(responsible)
            .supporting(supporting).workload(workload.orElse(1)).deadline(deadline).milestones(milestones.values)
            .build(),
        () -> Task.builder().id(id).area(area).description(d).measure(measure)
            .lead(lead).responsible(responsible).deadline(deadline).build());
  }

  private static Measure measure(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "indicator", "baseline", "benchmark", "target", "worseningReason");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String indicator = o.id("indicator");
    Double baseline = o.number("baseline");
    Double benchmark = o.number("benchmark");
    Double target = o.number("target");
    Optional<LocalizedText> worsening = o.optLocalized("worseningReason");
    return in.since(mark) ? in.build(path, () -> Measure.builder().indicator(indicator).baseline(baseline)
        .benchmark(benchmark).target(target).worseningReason(worsening).build()) : null;
  }

  private static DeclaredClass declaredClass(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "class", "reason");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    TaskClass c = o.code("class", TaskClass::fromCode);
    LocalizedText reason = o.localized("reason");
    return in.since(mark) ? in.build(path, () -> DeclaredClass.of(c, reason)) : null;
  }

  private static Milestone milestone(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "due", "plannedProgress", "step", "description");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    LocalDate due = o.date("due");
    OptionalDouble progress = o.optNumber("plannedProgress");
    Optional<AuthorisationStep> step = o.optCode("step", AuthorisationStep::fromCode);
    LocalizedText description = o.localized("description");
    return in.since(mark) ? in.build(path, () -> Milestone.builder().due(due).plannedProgress(progress).step(step)
        .description(description).build()) : null;
  }

  static ObjectNode write(Programme p) {
    ObjectNode o = Json.object();
    o.put("schema", SCHEMA);
    o.put("id", p.id());
    o.set("name", Json.text(p.name()));
    o.put("period", p.period().toString());
    ObjectNode b = o.putObject("benchmark");
    b.set("jurisdiction", Json.text(p.benchmark().jurisdiction()));
    b.set("values", Json.sortedMap(p.benchmark().values(), Json::number));
    b.set("standards", Json.sortedMap(p.benchmark().standards(), Json::text));
    if (!p.organisers().isEmpty()) {
      ArrayNode organisers = o.putArray("organisers");
      p.organisers().forEach(organisers::add);
    }
    ArrayNode areas = o.putArray("areas");
    for (Area a : p.areas()) {
      ObjectNode n = areas.addObject();
      n.put("id", a.id());
      n.set("name", Json.text(a.name()));
      if (!a.serves().isEmpty()) {
        n.set("serves", Json.sorted(a.serves()));
      }
    }
    ArrayNode units = o.putArray("units");
    for (Unit u : p.units()) {
      ObjectNode n = units.addObject();
      n.put("id", u.id());
      n.set("name", Json.text(u.name()));
      n.put("kind", u.kind().code());
      u.head().ifPresent(h -> n.set("head", Json.text(h)));
      if (u.verticallyManaged()) {
        n.put("verticallyManaged", true);
      }
      if (!u.competences().isEmpty()) {
        n.set("competences", Json.sorted(u.competences()));
      }
      if (!u.members().isEmpty()) {
        ArrayNode members = n.putArray("members");
        for (Member m : u.members()) {
          members.addObject().put("unit", m.unit()).set("weight", Json.number(m.weight()));
        }
      }
    }
    ArrayNode indicators = o.putArray("indicators");
    for (Indicator i : p.indicators()) {
      ObjectNode n = indicators.addObject();
      n.put("id", i.id());
      n.set("name", Json.text(i.name()));
      n.put("measurementUnit", i.measurementUnit());
      n.put("direction", i.direction().code());
      i.area().ifPresent(a -> n.put("area", a));
      i.lead().ifPresent(u -> n.put("lead", u));
      if (!i.textCodes().isEmpty()) {
        n.set("textCodes", Json.sorted(i.textCodes()));
      }
    }
    ArrayNode tasks = o.putArray("tasks");
    for (Task t : p.tasks()) {
      ObjectNode n = tasks.addObject();
      n.put("id", t.id());
      n.put("area", t.area());
      n.set("description", Json.text(t.description()));
      t.benchmarkStandard().ifPresent(s -> n.set("benchmarkStandard", Json.text(s)));
      t.measure().ifPresent(m -> {
        ObjectNode mn = n.putObject("measure");
        mn.put("indicator", m.indicator());
        mn.set("baseline", Json.number(m.baseline()));
        mn.set("benchmark", Json.number(m.benchmark()));
        mn.set("target", Json.number(m.target()));
        m.worseningReason().ifPresent(r -> mn.set("worseningReason", Json.text(r)));
      });
      t.declaredClass().ifPresent(d -> {
        ObjectNode dn = n.putObject("declaredClass");
        dn.put("class", d.taskClass().code());
        dn.set("reason", Json.text(d.reason()));
      });
      if (t.legalAuthorisation()) {
        n.put("legalAuthorisation", true);
      }
      n.put("lead", t.lead());
      n.set("responsible", Json.sorted(t.responsible()));
      if (!t.supporting().isEmpty()) {
        n.set("supporting", Json.sorted(t.supporting()));
      }
      if (t.workload() != 1) {
        n.set("workload", Json.number(t.workload()));
      }
      n.put("deadline", t.deadline().toString());
      ArrayNode ms = n.putArray("milestones");
      for (Milestone m : t.milestones()) {
        ObjectNode mn = ms.addObject();
        mn.put("due", m.due().toString());
        m.plannedProgress().ifPresent(x -> mn.set("plannedProgress", Json.number(x)));
        m.step().ifPresent(x -> mn.put("step", x.code()));
        mn.set("description", Json.text(m.description()));
      }
    }
    return o;
  }
}
