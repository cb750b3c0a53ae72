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
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Recognition;
import io.github.bizenv.scoring.model.RecognitionKind;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads and writes {@code bizenv.data/1} documents. */
final class DataCodec {

  static final String SCHEMA = DocumentType.DATA.schema();

  private DataCodec() {}

  /** Reads a data document; with a programme, also checks it against that programme. */
  private static final List<String> FIELDS = List.of("schema", "programme", "progressReports", "ratings",
      "findings", "recognitions", "externalResults", "observations");

  static ProgrammeData read(JsonNode root, String name, Programme programme) {
    JsonIn in = new JsonIn();
    JsonIn.Obj o = in.object(root, "", FIELDS.toArray(new String[0]));
    if (o == null) {
      throw new ValidationException(name, in.problems());
    }
    Schemas.check(in, o, SCHEMA);
    String programmeId = o.id("programme");
    JsonIn.Indexed<ProgressReport> reports =
        in.array(o.get("progressReports"), "/progressReports", (n, p) -> report(in, n, p));
    JsonIn.Indexed<Rating> ratings = in.array(o.get("ratings"), "/ratings", (n, p) -> rating(in, n, p));
    JsonIn.Indexed<Finding> findings = in.array(o.get("findings"), "/findings", (n, p) -> finding(in, n, p));
    JsonIn.Indexed<Recognition> recognitions =
        in.array(o.get("recognitions"), "/recognitions", (n, p) -> recognition(in, n, p));
    JsonIn.Indexed<ExternalResult> results =
        in.array(o.get("externalResults"), "/externalResults", (n, p) -> result(in, n, p));
    JsonIn.Indexed<Observation> observations =
        in.array(o.get("observations"), "/observations", (n, p) -> observation(in, n, p));

    if (programmeId != null) {
      Map<String, JsonIn.Indexed<?>> lists = Map.of("progressReports", reports, "ratings", ratings,
          "findings", findings, "recognitions", recognitions, "externalResults", results,
          "observations", observations);
      try {
        ProgrammeData data = ProgrammeData.builder().programme(programmeId).progressReports(reports.values)
            .ratings(ratings.values).findings(findings.values).recognitions(recognitions.values)
            .externalResults(results.values)
            .observations(observations.values).build();
        List<Problem> against = programme == null ? List.of() : data.problemsAgainst(programme);
        addRemapped(in, against, lists);
        if (in.problems().isEmpty()) {
          return data;
        }
      } catch (ValidationException e) {
        addRemapped(in, e.problems(), lists);
      }
    }
    throw new ValidationException(name, Schemas.inDocumentOrder(in.problems(), FIELDS));
  }

  private static void addRemapped(JsonIn in, List<Problem> found, Map<String, JsonIn.Indexed<?>> lists) {
    for (Problem p : found) {
      in.problems().add(Problem.of(p.code(), Schemas.remap(p.path(), lists), p.message()));
    }
  }

  private static ProgressReport report(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "task", "unit", "date", "progress", "step", "evidence");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String task = o.id("task");
    String unit = o.id("unit");
    LocalDate date = o.date("date");
    OptionalDouble progress = o.optNumber("progress");
    Optional<AuthorisationStep> step = o.optCode("step", AuthorisationStep::fromCode);
    Optional<LocalizedText> evidence = o.optLocalized("evidence");
    if (task == null || unit == null || date == null) {
      return null;
    }
    return in.buildOrSkeleton(path, in.since(mark),
        () -> ProgressReport.builder().task(task).unit(unit).date(date).progress(progress).step(step)
            .evidence(evidence).build(),
        () -> step.isPresent() && progress.isEmpty()
            ? ProgressReport.builder().task(task).unit(unit).date(date).step(step).build()
            : ProgressReport.builder().task(task).unit(unit).date(date)
                .progress(Math.max(0, Math.min(100, progress.orElse(0)))).build());
  }

  private static Rating rating(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "task", "rater", "ratee", "score", "date");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String task = o.id("task");
    String rater = o.id("rater");
    String ratee = o.id("ratee");
    Double score = o.number("score");
    LocalDate date = o.date("date");
    if (task == null || rater == null || ratee == null || date == null) {
      return null;
    }
    double s = score == null ? 0 : score;
    return in.buildOrSkeleton(path, in.since(mark),
        () -> Rating.builder().task(task).rater(rater).ratee(ratee).score(s).date(date).build(),
        () -> Rating.builder().task(task).rater(rater).ratee(ratee).score(Math.max(0, Math.min(100, s)))
            .date(date).build());
  }

  private static Finding finding(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "kind", "unit", "matter", "task", "area", "severity", "found",
        "rectificationDeadline", "rectified", "description");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String id = o.id("id");
    FindingKind kind = o.code("kind", FindingKind::fromCode);
    String unit = o.id("unit");
    Optional<String> matter = o.optId("matter");
    Optional<String> task = o.optId("task");
    Optional<String> area = o.optId("area");
    Severity severity = o.code("severity", Severity::fromCode);
    LocalDate found = o.date("found");
    Optional<LocalDate> deadline = o.optDate("rectificationDeadline");
    Optional<LocalDate> rectified = o.optDate("rectified");
    LocalizedText description = o.localized("description");
    if (id == null || kind == null || unit == null || severity == null || found == null) {
      return null;
    }
    LocalizedText d = description != null ? description : ProgrammeCodec.PLACEHOLDER;
    return in.buildOrSkeleton(path, in.since(mark),
        () -> Finding.builder().id(id).kind(kind).unit(unit).matter(matter).task(task).area(area)
            .severity(severity).found(found).rectificationDeadline(deadline).rectified(rectified).description(d)
            .build(),
        () -> Finding.builder().id(id).kind(kind).unit(unit).task(task).area(area).severity(severity)
            .found(found).description(d).build());
  }

  private static Recognition recognition(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "kind", "level", "unit", "task", "matter", "date", "description",
        "evidence");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String id = o.id("id");
    RecognitionKind kind = o.code("kind", RecognitionKind::fromCode);
    ResultLevel level = o.code("level", ResultLevel::fromCode);
    String unit = o.id("unit");
    Optional<String> task = o.optId("task");
    Optional<String> matter = o.optId("matter");
    LocalDate date = o.date("date");
    LocalizedText description = o.localized("description");
    LocalizedText evidence = o.localized("evidence");
    return in.since(mark) ? in.build(path, () -> Recognition.builder().id(id).kind(kind).level(level).unit(unit)
        .task(task).matter(matter).date(date).description(description).evidence(evidence).build()) : null;
  }

  private static ExternalResult result(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "level", "unit", "indicator", "period", "rank", "outOf", "score",
        "published");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    ResultLevel level = o.code("level", ResultLevel::fromCode);
    String unit = o.id("unit");
    String indicator = o.id("indicator");
    Period period = o.period("period");
    Integer rank = o.integer("rank");
    Integer outOf = o.integer("outOf");
    OptionalDouble score = o.optNumber("score");
    Optional<LocalDate> published = o.optDate("published");
    if (level == null || unit == null || indicator == null || period == null) {
      return null;
    }
    return in.buildOrSkeleton(path, in.since(mark),
        () -> ExternalResult.builder().level(level).unit(unit).indicator(indicator).period(period).rank(rank)
            .outOf(outOf).score(score).published(published).build(),
        () -> ExternalResult.builder().level(level).unit(unit).indicator(indicator).period(period).rank(1)
            .outOf(1).build());
  }

  private static Observation observation(JsonIn in, JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "unit", "indicator", "period", "value");
    if (o == null) {
      return null;
    }
    int mark = in.mark();
    String unit = o.id("unit");
    String indicator = o.id("indicator");
    Period period = o.period("period");
    JsonNode value = o.get("value");
    Double number = null;
    String code = null;
    if (value == null) {
      if (!o.node().has("value")) {
        in.add(Problem.MISSING_FIELD, path + "/value", "required field \"value\" is missing");
      }
    } else if (value.isTextual()) {
      code = value.textValue();
    } else {
      number = in.asNumber(value, path + "/value");
    }
    if (!in.since(mark)) {
      return null;
    }
    Double n = number;
    String c = code;
    return in.build(path, () -> n != null ? Observation.of(unit, indicator, period, n)
        : Observation.ofCode(unit, indicator, period, c));
  }

  static ObjectNode write(ProgrammeData d) {
    ObjectNode o = Json.object();
    o.put("schema", SCHEMA);
    o.put("programme", d.programme());
    ArrayNode reports = o.putArray("progressReports");
    for (ProgressReport r : d.progressReports()) {
      ObjectNode n = reports.addObject();
      n.put("task", r.task());
      n.put("unit", r.unit());
      n.put("date", r.date().toString());
      r.progress().ifPresent(x -> n.set("progress", Json.number(x)));
      r.step().ifPresent(x -> n.put("step", x.code()));
      r.evidence().ifPresent(e -> n.set("evidence", Json.text(e)));
    }
    ArrayNode ratings = o.putArray("ratings");
    for (Rating r : d.ratings()) {
      ObjectNode n = ratings.addObject();
      n.put("task", r.task());
      n.put("rater", r.rater());
      n.put("ratee", r.ratee());
      n.set("score", Json.number(r.score()));
      n.put("date", r.date().toString());
    }
    ArrayNode findings = o.putArray("findings");
    for (Finding f : d.findings()) {
      ObjectNode n = findings.addObject();
      n.put("id", f.id());
      n.put("kind", f.kind().code());
      n.put("unit", f.unit());
      f.matter().ifPresent(m -> n.put("matter", m));
      f.task().ifPresent(t -> n.put("task", t));
      f.area().ifPresent(a -> n.put("area", a));
      n.put("severity", f.severity().code());
      n.put("found", f.found().toString());
      f.rectificationDeadline().ifPresent(x -> n.put("rectificationDeadline", x.toString()));
      f.rectified().ifPresent(x -> n.put("rectified", x.toString()));
      n.set("description", Json.text(f.description()));
    }
    if (!d.recognitions().isEmpty()) {
      ArrayNode recognitions = o.putArray("recognitions");
      for (Recognition r : d.recognitions()) {
        ObjectNode n = recognitions.addObject();
        n.put("id", r.id());
        n.put("kind", r.kind().code());
        n.put("level", r.level().code());
        n.put("unit", r.unit());
        r.task().ifPresent(t -> n.put("task", t));
        r.matter().ifPresent(m -> n.put("matter", m));
        n.put("date", r.date().toString());
        n.set("description", Json.text(r.description()));
        n.set("evidence", Json.text(r.evidence()));
      }
    }
    ArrayNode results = o.putArray("externalResults");
    for (ExternalResult r : d.externalResults()) {
      ObjectNode n = results.addObject();
      n.put("level", r.level().code());
      n.put("unit", r.unit());
      n.put("indicator", r.indicator());
      n.put("period", r.period().toString());
      n.put("rank", r.rank());
      n.put("outOf", r.outOf());
      r.score().ifPresent(s -> n.set("score", Json.number(s)));
      r.published().ifPresent(x -> n.put("published", x.toString()));
    }
    ArrayNode observations = o.putArray("observations");
    for (Observation x : d.observations()) {
      ObjectNode n = observations.addObject();
      n.put("unit", x.unit());
      n.put("indicator", x.indicator());
      n.put("period", x.period().toString());
      if (x.number().isPresent()) {
        n.set("value", Json.number(x.number().getAsDouble()));
      } else {
        n.put("value", x.code().orElseThrow());
      }
    }
    return o;
  }
}
