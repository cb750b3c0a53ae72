package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Names;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Benchmark;
import io.github.bizenv.scoring.model.DeclaredClass;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Member;
import io.github.bizenv.scoring.model.Milestone;
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
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a programme and its data from a workbook laid out as {@link Layout} says, in two passes: every row is read
 * and checked on its own (all problems of all sheets at once), then the programme and data are built and checked
 * as a whole; each problem's JSON pointer is put back to the cell it came from.
 */
final class LedgerReader {

  private final String name;
  private final DocumentLimits limits;
  private final List<Problem> problems = new ArrayList<>();
  /** JSON pointer of the model → the cell or row it was read from. */
  private final Map<String, String> where = new HashMap<>();
  private final Map<String, Sheet> sheets = new LinkedHashMap<>();
  private final List<String> ignored = new ArrayList<>();
  private final Map<String, String> unitsByName = new LinkedHashMap<>();
  private final Map<String, String> areasByName = new LinkedHashMap<>();
  private final Map<String, String> indicatorsByName = new LinkedHashMap<>();

  LedgerReader(String name, DocumentLimits limits) {
    this.name = name;
    this.limits = limits;
  }

  WorkbookRead read(ReadableWorkbook wb, Programme given) {
    wb.getSheets().forEach(s -> {
      Layout.Sheet l = Layout.SHEETS.stream().filter(x -> x.matches(s.getName())).findFirst().orElse(null);
      if (l != null && !sheets.containsKey(l.key)) {
        sheets.put(l.key, s);
      } else if (!isInstructions(s.getName())) {
        ignored.add(s.getName());
      }
    });
    Programme programme = given;
    if (programme == null) {
      for (Layout.Sheet l : List.of(Layout.PROGRAMME, Layout.UNITS, Layout.AREAS, Layout.TASKS)) {
        if (!sheets.containsKey(l.key)) {
          problems.add(Problem.of(Problem.MISSING_FIELD, l.zh, "the workbook has no sheet " + l.zh + " (" + l.en
              + "); it has " + wb.getSheets().map(Sheet::getName).reduce((a, b) -> a + ", " + b).orElse("none")));
        }
      }
      fail();
      programme = programme();
    }
    ProgrammeData data = data(programme);
    List<Problem> warnings = new ArrayList<>();
    if (given == null) {
      for (Problem w : programme.warnings()) {
        warnings.add(Problem.of(w.code(), locate(w.path()), w.message()));
      }
    }
    return new WorkbookRead(programme, data, unitsByName, areasByName, indicatorsByName, ignored, warnings);
  }

  private static boolean isInstructions(String sheet) {
    String n = Layout.normalize(sheet);
    return n.equals("说明") || n.equals("填写说明") || n.equals("readme") || n.equals("instructions");
  }

  private void fail() {
    if (!problems.isEmpty()) {
      throw new ValidationException(name, new ArrayList<>(problems));
    }
  }

  private SheetReader reader(Layout.Sheet l) {
    Sheet s = sheets.get(l.key);
    return s == null ? null : new SheetReader(s, l, problems, limits);
  }

  /** Builds a value, turning its problems into problems at the cells it was read from. */
  private <T> T build(String pointer, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.of(p.code(), locate(pointer + p.path()), p.message()));
      }
      return null;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(Problem.of(Problem.MISSING_FIELD, locate(pointer), String.valueOf(e.getMessage())));
      return null;
    }
  }

  private String locate(String pointer) {
    if (pointer.startsWith("/observations/") && observationSheet != null) {
      String rest = pointer.substring("/observations/".length());
      int slash = rest.indexOf('/');
      int i = Integer.parseInt(slash < 0 ? rest : rest.substring(0, slash));
      if (i < observationCount) {
        return Cells.ref(observationSheet, observationCells[2 * i + 1], observationCells[2 * i]);
      }
    }
    String p = pointer;
    while (true) {
      String w = where.get(p);
      if (w != null) {
        return w;
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return name;
      }
      p = p.substring(0, slash);
    }
  }

  private void at(String pointer, SheetReader.Line line, String... fields) {
    where.put(pointer, line.rowRef());
    for (int i = 0; i < fields.length; i += 2) {
      where.put(pointer + fields[i], line.ref(fields[i + 1]));
    }
  }

  private static Optional<LocalizedText> text(String zh, String en) {
    if (zh == null && en == null) {
      return Optional.empty();
    }
    io.github.bizenv.scoring.model.ImmutableLocalizedText.Builder b = LocalizedText.builder();
    if (zh != null) {
      b.zh(zh);
    }
    if (en != null) {
      b.en(en);
    }
    return Optional.of(b.build());
  }

  // ---------------------------------------------------------------- programme

  private Programme programme() {
    Map<String, String> fields = new HashMap<>();
    Map<String, String> refs = new HashMap<>();
    SheetReader ps = reader(Layout.PROGRAMME);
    ps.read(line -> {
      String f = line.text("field");
      String v = Cells.blank(line.cell("value")) ? null : Cells.text(line.cell("value"));
      if (f == null) {
        return;
      }
      String key = null;
      for (String[] def : Layout.PROGRAMME_FIELDS) {
        if (Layout.normalize(f).equals(Layout.normalize(def[1])) || Layout.normalize(f).equals(Layout.normalize(def[2]))
            || Layout.normalize(f).equals(def[0])) {
          key = def[0];
        }
      }
      if (key == null) {
        line.problem(Problem.UNKNOWN_FIELD, "field", "field \"" + f + "\" is not one of 编号, 名称, 英文名称, 周期, 标杆城市, "
            + "标杆城市英文名称, 牵头推进单位 (id, name, English name, period, benchmark, benchmark in English, organisers)");
      } else if (v != null) {
        fields.put(key, v);
        refs.put(key, line.ref("value"));
      }
    });
    where.put("/id", refs.getOrDefault("id", ps.name()));
    where.put("/name", refs.getOrDefault("name", ps.name()));
    where.put("/period", refs.getOrDefault("period", ps.name()));
    where.put("/benchmark", refs.getOrDefault("benchmark", ps.name()));
    where.put("/organisers", refs.getOrDefault("organisers", ps.name()));
    for (String[] def : Layout.PROGRAMME_FIELDS) {
      if (List.of("id", "name", "period", "benchmark").contains(def[0]) && !fields.containsKey(def[0])
          && !(def[0].equals("name") && fields.containsKey("name-en"))
          && !(def[0].equals("benchmark") && fields.containsKey("benchmark-en"))) {
        problems.add(Problem.of(Problem.MISSING_FIELD, ps.name(), "the programme has no " + def[1] + " (" + def[2]
            + ")"));
      }
    }
    Period period = null;
    if (fields.containsKey("period")) {
      try {
        period = Period.parse(fields.get("period"));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(Problem.WRONG_TYPE, refs.get("period"), e.getMessage()));
      }
    }

    List<Unit> units = units();
    Names<Unit> unitNames = new Names<>(with(units, unitStandIns), Unit::id, Unit::name);
    List<Area> areas = areas();
    Names<Area> areaNames = new Names<>(with(areas, areaStandIns), Area::id, Area::name);
    Map<String, Double> benchmarkValues = new LinkedHashMap<>();
    Map<String, LocalizedText> standards = new LinkedHashMap<>();
    List<Indicator> indicators = indicators(unitNames, areaNames, benchmarkValues, standards);
    Names<Indicator> indicatorNames = new Names<>(with(indicators, indicatorStandIns), Indicator::id,
        Indicator::name);
    units = unitReferences(units, unitNames, areaNames);
    areas = serves(areas, indicatorNames);
    List<String> organisers = fields.containsKey("organisers")
        ? refs(Cells.list(fields.get("organisers")), refs.get("organisers"), unitNames, unitsByName, "unit")
        : List.of();
    List<Task> tasks = tasks(unitNames, areaNames, indicatorNames);
    unitsRead = with(units, unitStandIns);
    areasRead = with(areas, areaStandIns);
    indicatorsRead = with(indicators, indicatorStandIns);
    if (!problems.isEmpty()) {
      return null;
    }
    Period p = period;
    List<Unit> us = units;
    List<Area> as = areas;
    return build("", () -> Programme.builder().id(fields.get("id"))
        .name(text(fields.get("name"), fields.get("name-en")).orElseThrow())
        .period(p)
        .benchmark(Benchmark.builder()
            .jurisdiction(text(fields.get("benchmark"), fields.get("benchmark-en")).orElseThrow())
            .values(benchmarkValues).standards(standards).build())
        .organisers(organisers).areas(as).units(us).indicators(indicators).tasks(tasks).build());
  }

  /**
   * Text codes as written in one cell: one a line, or separated by ； or ; — never at commas, which codes such as
   * {@code n/a, not applicable} contain.
   */
  static List<String> codes(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    for (String x : cell.split(cell.matches("(?s).*[\\n\\r].*") ? "[\\n\\r]+" : "[;；]+")) {
      if (!x.trim().isEmpty()) {
        out.add(x.trim());
      }
    }
    return out;
  }

  /** The ids a list cell names, each resolved by id or unique name; a shared name is a problem at the cell. */
  private <T> List<String> refs(Cell cell, String ref, Names<T> names, Map<String, String> record, String kind) {
    return Cells.blank(cell) ? List.of() : refs(Cells.list(cell), ref, names, record, kind);
  }

  /** The ids of a list of names or ids; a name that several things share is a problem at {@code ref}. */
  private <T> List<String> refs(List<String> items, String ref, Names<T> names, Map<String, String> record,
      String kind) {
    List<String> out = new ArrayList<>();
    for (String x : items) {
      List<String> shared = names.ambiguous(x);
      if (!shared.isEmpty()) {
        problems.add(Problem.of(Problem.INCONSISTENT, ref, kind + " name \"" + x + "\" is shared by " + shared
            + "; write the id instead"));
      } else {
        out.add(resolve(names, x, record));
      }
    }
    return out;
  }

  private String idOf(SheetReader.Line line, String zh, String en) {
    String id = line.text("id");
    if (id == null) {
      String n = zh != null ? zh : en;
      if (n != null && Ids.isValid(n)) {
        return n;
      }
      if (n != null) {
        line.problem(Problem.MISSING_FIELD, "id", "name \"" + n + "\" cannot serve as the id (" + Ids.RULE
            + "); give an id in column " + line.header("id"));
      }
      return null;
    }
    return id;
  }

  /**
   * Checks that a row gives exactly one of two columns (a planned progress or an authorisation step); a problem at
   * the first column otherwise.
   */
  private static void oneOf(SheetReader.Line line, String a, String b, String rule) {
    boolean va = !Cells.blank(line.cell(a));
    boolean vb = !Cells.blank(line.cell(b));
    if (!va && !vb) {
      line.problem(Problem.MISSING_FIELD, line.has(a) || !line.has(b) ? a : b, line.header(a) + " and "
          + line.header(b) + " are both empty: " + rule);
    } else if (va && vb) {
      line.problem(Problem.INCONSISTENT, a, line.header(a) + " and " + line.header(b) + " are both given: " + rule
          + ", not both");
    }
  }

  private List<Unit> units() {
    List<Unit> out = new ArrayList<>();
    reader(Layout.UNITS).read(line -> {
      String zh = line.text("name");
      String en = line.text("name-en");
      String id = idOf(line, zh, en);
      UnitKind kind = line.choice("kind", Words.UNIT_KINDS, "市直部门, 区, 县（市）, 开发区, 市, 经济体 (department, district, "
          + "county, development-zone, city, economy)");
      Optional<LocalizedText> head = text(line.text("head"), line.text("head-en"));
      Boolean vertical = line.yesNo("vertical");
      line.text("members");
      line.text("competences");
      if (line.bad || id == null) {
        standIn(unitStandIns, id, zh, en, () -> Unit.builder().id(id).name(text(zh, en).orElseThrow())
            .kind(UnitKind.DEPARTMENT).build());
        return;
      }
      String pointer = "/units/" + out.size();
      at(pointer, line, "/id", "id", "/name", "name", "/kind", "kind", "/head", "head", "/verticallyManaged",
          "vertical", "/competences", "competences", "/members", "members");
      Unit u = build(pointer, () -> Unit.builder().id(id).name(text(zh, en).orElseThrow()).kind(kind).head(head)
          .verticallyManaged(vertical).build());
      if (u != null) {
        out.add(u);
        memberCells.add(line.cell("members"));
        competenceCells.add(line.cell("competences"));
        competenceRefs.add(line.ref("competences"));
      }
    });
    return out;
  }

  /** Cells of the units sheet read once every unit and area is known: members, competences. */
  private final List<Cell> memberCells = new ArrayList<>();
  private final List<Cell> competenceCells = new ArrayList<>();
  private final List<String> competenceRefs = new ArrayList<>();
  /** Cells of the areas sheet read once every indicator is known. */
  private final List<Cell> servesCells = new ArrayList<>();
  private final List<String> servesRefs = new ArrayList<>();
  /**
   * Units, areas and indicators whose rows have problems, kept by id and name only so that the cells naming them are
   * not reported as well: one typo in a unit's row is one problem, not one for every task the unit leads.
   */
  private final List<Unit> unitStandIns = new ArrayList<>();
  private final List<Area> areaStandIns = new ArrayList<>();
  private final List<Indicator> indicatorStandIns = new ArrayList<>();

  private static <T> void standIn(List<T> standIns, String id, String zh, String en, Supplier<T> builder) {
    if (id == null || (zh == null && en == null)) {
      return;
    }
    try {
      standIns.add(builder.get());
    } catch (RuntimeException e) {
      // an id or name that cannot stand for anything: the row's own problems say why
    }
  }

  private static <T> List<T> with(List<T> read, List<T> standIns) {
    if (standIns.isEmpty()) {
      return read;
    }
    List<T> all = new ArrayList<>(read);
    all.addAll(standIns);
    return all;
  }

  /** What the programme's sheets held, for reading the data sheets when the programme itself has problems. */
  private List<Unit> unitsRead = List.of();
  private List<Area> areasRead = List.of();
  private List<Indicator> indicatorsRead = List.of();

  /** The units with their members and competences, read now that every unit and area is known. */
  private List<Unit> unitReferences(List<Unit> units, Names<Unit> names, Names<Area> areas) {
    List<Unit> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit read = units.get(i);
      List<String> competences = refs(competenceCells.get(i), competenceRefs.get(i), areas, areasByName, "area");
      Unit withCompetences = competences.isEmpty() ? null
          : build("/units/" + i, () -> Unit.builder().from(read).competences(competences).build());
      Unit u = withCompetences == null ? read : withCompetences;
      Cell c = memberCells.get(i);
      if (Cells.blank(c)) {
        out.add(u);
        continue;
      }
      List<Member> members = new ArrayList<>();
      String pointer = "/units/" + i;
      for (String part : Cells.list(c)) {
        String[] kv = part.split("[:：×*]", 2);
        String ref = kv[0].trim();
        Double w = null;
        try {
          w = kv.length == 2 ? Double.parseDouble(kv[1].trim()) : null;
        } catch (NumberFormatException e) {
          w = null;
        }
        if (w == null) {
          problems.add(Problem.of(Problem.WRONG_TYPE, locate(pointer + "/members"), "member \"" + part
              + "\" is not a unit and a weight such as a:0.5"));
          continue;
        }
        double weight = w;
        Member m = build(pointer + "/members", () -> Member.of(resolve(names, ref, unitsByName), weight));
        if (m != null) {
          members.add(m);
        }
      }
      Unit base = u;
      Unit withMembers = build(pointer, () -> Unit.builder().from(base).members(members).build());
      out.add(withMembers == null ? u : withMembers);
    }
    return out;
  }

  /** The areas with the indicators they serve, read now that every indicator is known. */
  private List<Area> serves(List<Area> areas, Names<Indicator> indicators) {
    List<Area> out = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      List<String> serves = refs(servesCells.get(i), servesRefs.get(i), indicators, indicatorsByName, "indicator");
      Area withServes = serves.isEmpty() ? null
          : build("/areas/" + i, () -> Area.builder().from(a).serves(serves).build());
      out.add(withServes == null ? a : withServes);
    }
    return out;
  }

  private List<Area> areas() {
    List<Area> out = new ArrayList<>();
    SheetReader r = reader(Layout.AREAS);
    r.read(line -> {
      String zh = line.text("name");
      String en = line.text("name-en");
      String id = idOf(line, zh, en);
      line.text("serves");
      if (line.bad || id == null) {
        standIn(areaStandIns, id, zh, en, () -> Area.of(id, text(zh, en).orElseThrow()));
        return;
      }
      String pointer = "/areas/" + out.size();
      at(pointer, line, "/id", "id", "/name", "name", "/serves", "serves");
      Area a = build(pointer, () -> Area.of(id, text(zh, en).orElseThrow()));
      if (a != null) {
        out.add(a);
        servesCells.add(line.cell("serves"));
        servesRefs.add(line.ref("serves"));
      }
    });
    return out;
  }

  private List<Indicator> indicators(Names<Unit> units, Names<Area> areas, Map<String, Double> values,
      Map<String, LocalizedText> standards) {
    List<Indicator> out = new ArrayList<>();
    SheetReader r = reader(Layout.INDICATORS);
    if (r == null) {
      return out;
    }
    r.read(line -> {
      String zh = line.text("name");
      String en = line.text("name-en");
      String id = idOf(line, zh, en);
      String unit = line.text("unit");
      Direction d = line.choice("direction", Words.DIRECTIONS, "越低越好, 越高越好 (lower-is-better, higher-is-better)");
      String area = line.text("area");
      String lead = line.text("lead");
      List<String> codes = codes(line.text("codes"));
      Double benchmark = line.number("benchmark");
      Optional<LocalizedText> standard = text(line.text("standard"), line.text("standard-en"));
      if (line.bad || id == null) {
        standIn(indicatorStandIns, id, zh, en, () -> Indicator.builder().id(id).name(text(zh, en).orElseThrow())
            .measurementUnit("-").direction(Direction.HIGHER_IS_BETTER).build());
        return;
      }
      String pointer = "/indicators/" + out.size();
      at(pointer, line, "/id", "id", "/name", "name", "/measurementUnit", "unit", "/direction", "direction",
          "/area", "area", "/lead", "lead", "/textCodes", "codes");
      where.put("/benchmark/values/" + id, line.ref("benchmark"));
      where.put("/benchmark/standards/" + id, line.ref("standard"));
      io.github.bizenv.scoring.model.ImmutableIndicator.Builder b = Indicator.builder().id(id).name(text(zh, en).orElseThrow()).measurementUnit(unit)
          .direction(d).textCodes(codes);
      if (area != null) {
        b.area(resolve(areas, area, areasByName));
      }
      if (lead != null) {
        b.lead(resolve(units, lead, unitsByName));
      }
      Indicator i = build(pointer, b::build);
      if (i != null) {
        out.add(i);
        if (benchmark != null) {
          values.put(id, benchmark);
        }
        standard.ifPresent(s -> standards.put(id, s));
      }
    });
    return out;
  }

  /** The id a cell names: an id, or the name of exactly one thing (recorded); anything else as written. */
  private <T> String resolve(Names<T> names, String text, Map<String, String> record) {
    String id = names.id(text);
    if (id == null) {
      return text;
    }
    if (!id.equals(text)) {
      record.putIfAbsent(text, id);
    }
    return id;
  }

  private <T> String ref(SheetReader.Line line, String key, Names<T> names, Map<String, String> record,
      String kind) {
    String s = line.text(key);
    if (s == null) {
      return null;
    }
    List<String> shared = names.ambiguous(s);
    if (!shared.isEmpty()) {
      line.problem(Problem.INCONSISTENT, key, kind + " name \"" + s + "\" is shared by " + shared
          + "; write the id instead");
      return null;
    }
    return resolve(names, s, record);
  }

  /** The units a list cell names; a name that several units share is a problem of the row. */
  private List<String> units(SheetReader.Line line, String key, Names<Unit> units) {
    List<String> out = new ArrayList<>();
    for (String r : line.list(key)) {
      List<String> shared = units.ambiguous(r);
      if (!shared.isEmpty()) {
        line.problem(Problem.INCONSISTENT, key, "unit name \"" + r + "\" is shared by " + shared
            + "; write the id instead");
      } else {
        out.add(resolve(units, r, unitsByName));
      }
    }
    return out;
  }

  private List<Task> tasks(Names<Unit> units, Names<Area> areas, Names<Indicator> indicators) {
    Map<String, List<Milestone>> milestones = new LinkedHashMap<>();
    Map<String, List<String[]>> milestoneRefs = new HashMap<>();
    SheetReader ms = reader(Layout.MILESTONES);
    if (ms != null) {
      ms.read(line -> {
        String task = line.text("task");
        LocalDate due = line.date("due");
        Double planned = line.number("planned");
        AuthorisationStep step = line.choice("authorisation-step", Words.STEPS,
            Words.expected(AuthorisationStep.values()));
        Optional<LocalizedText> d = text(line.text("description"), line.text("description-en"));
        oneOf(line, "planned", "authorisation-step", "a milestone plans a progress percentage or, for a task that "
            + "needs legal authorisation, an authorisation step");
        if (line.bad) {
          return;
        }
        io.github.bizenv.scoring.model.ImmutableMilestone.Builder b = Milestone.builder().due(due)
            .description(d.orElseThrow());
        if (planned != null) {
          b.plannedProgress(planned);
        } else {
          b.step(step);
        }
        String[] refs = {line.rowRef(), line.ref("due"), line.ref("planned"), line.ref("authorisation-step"),
            line.ref("description")};
        String row = "/~milestone-rows/" + line.number();
        at(row, line, "/due", "due", "/plannedProgress", "planned", "/step", "authorisation-step", "/description",
            "description");
        Milestone m = build(row, b::build);
        if (m != null) {
          milestones.computeIfAbsent(task, k -> new ArrayList<>()).add(m);
          milestoneRefs.computeIfAbsent(task, k -> new ArrayList<>()).add(refs);
        }
      });
    }
    List<Task> out = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    reader(Layout.TASKS).read(line -> {
      String id = line.text("id");
      if (id != null) {
        listed.add(id);
      }
      String area = ref(line, "area", areas, areasByName, "area");
      Optional<LocalizedText> description = text(line.text("description"), line.text("description-en"));
      Optional<LocalizedText> standard = text(line.text("standard"), line.text("standard-en"));
      String indicator = ref(line, "indicator", indicators, indicatorsByName, "indicator");
      boolean measured = indicator != null;
      if (measured) {
        line.require("baseline").require("benchmark").require("target");
      }
      Double baseline = line.number("baseline");
      Double benchmark = line.number("benchmark");
      Double target = line.number("target");
      Optional<LocalizedText> worsening = text(line.text("worsening"), line.text("worsening-en"));
      if (!measured && worsening.isPresent()) {
        line.problem(Problem.INCONSISTENT, "worsening", line.header("worsening") + " is given, but the task has no "
            + line.header("indicator") + ", so it has no target to be worse than its baseline");
      }
      TaskClass declared = line.choice("class", Words.CLASSES, "A, B, C");
      if (declared != null) {
        line.require("class-reason");
      }
      Optional<LocalizedText> reason = text(line.text("class-reason"), line.text("class-reason-en"));
      Boolean legal = line.yesNo("legal");
      String lead = ref(line, "lead", units, unitsByName, "unit");
      List<String> responsible = units(line, "responsible", units);
      List<String> supporting = units(line, "supporting", units);
      Double workload = line.number("workload");
      LocalDate deadline = line.date("deadline");
      if (line.bad || id == null) {
        return;
      }
      String pointer = "/tasks/" + out.size();
      at(pointer, line, "/id", "id", "/area", "area", "/description", "description", "/benchmarkStandard", "standard",
          "/measure/indicator", "indicator", "/measure/baseline", "baseline", "/measure/benchmark", "benchmark",
          "/measure/target", "target", "/measure", "indicator", "/measure/worseningReason", "worsening",
          "/declaredClass", "class", "/declaredClass/reason", "class-reason", "/legalAuthorisation", "legal",
          "/lead", "lead", "/responsible", "responsible", "/supporting", "supporting", "/workload", "workload",
          "/deadline", "deadline");
      List<String[]> mr = milestoneRefs.getOrDefault(id, List.of());
      for (int j = 0; j < mr.size(); j++) {
        where.put(pointer + "/milestones/" + j, mr.get(j)[0]);
        where.put(pointer + "/milestones/" + j + "/due", mr.get(j)[1]);
        where.put(pointer + "/milestones/" + j + "/plannedProgress", mr.get(j)[2]);
        where.put(pointer + "/milestones/" + j + "/step", mr.get(j)[3]);
        where.put(pointer + "/milestones/" + j + "/description", mr.get(j)[4]);
      }
      io.github.bizenv.scoring.model.ImmutableTask.Builder b = Task.builder().id(id).area(area).description(description.orElseThrow()).lead(lead)
          .responsible(responsible).supporting(supporting).deadline(deadline).legalAuthorisation(legal)
          .milestones(milestones.getOrDefault(id, List.of()));
      if (workload != null) {
        b.workload(workload);
      }
      standard.ifPresent(b::benchmarkStandard);
      if (measured) {
        b.measure(Measure.builder().indicator(indicator).baseline(baseline).benchmark(benchmark).target(target)
            .worseningReason(worsening).build());
      }
      if (declared != null && reason.isPresent()) {
        b.declaredClass(DeclaredClass.of(declared, reason.get()));
      }
      Task t = build(pointer, b::build);
      if (t != null) {
        out.add(t);
      }
      milestones.remove(id);
    });
    for (Map.Entry<String, List<Milestone>> e : milestones.entrySet()) {
      if (listed.contains(e.getKey())) {
        continue; // the task's row has problems of its own
      }
      String[] first = milestoneRefs.get(e.getKey()).get(0);
      problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, first[0].replaceAll("!(\\d+):\\d+", "!A$1"),
          "task \"" + e.getKey() + "\" of this milestone is not in the sheet " + Layout.TASKS.zh + " (" + Layout.TASKS.en
              + ")"));
    }
    return out;
  }

  // ---------------------------------------------------------------- data

  /**
   * Reads the data sheets. Without a programme (its sheets had problems), the rows are still read and checked on
   * their own, names resolved against what the programme's sheets held, so that every problem is reported at once.
   */
  private ProgrammeData data(Programme p) {
    Names<Unit> units = new Names<>(p != null ? p.units() : unitsRead, Unit::id, Unit::name);
    Names<Indicator> indicators = new Names<>(p != null ? p.indicators() : indicatorsRead, Indicator::id,
        Indicator::name);
    Names<Area> areas = new Names<>(p != null ? p.areas() : areasRead, Area::id, Area::name);
    List<ProgressReport> reports = new ArrayList<>();
    SheetReader r = reader(Layout.PROGRESS);
    if (r != null) {
      r.read(line -> {
        String task = line.text("task");
        String unit = ref(line, "unit", units, unitsByName, "unit");
        LocalDate date = line.date("date");
        Double progress = line.number("progress");
        AuthorisationStep step = line.choice("authorisation-step", Words.STEPS,
            Words.expected(AuthorisationStep.values()));
        Optional<LocalizedText> evidence = text(line.text("evidence"), line.text("evidence-en"));
        oneOf(line, "progress", "authorisation-step", "a report gives a progress percentage or, for a task that "
            + "needs legal authorisation, the authorisation step reached");
        if (line.bad) {
          return;
        }
        String pointer = "/progressReports/" + reports.size();
        at(pointer, line, "/task", "task", "/unit", "unit", "/date", "date", "/progress", "progress", "/step",
            "authorisation-step", "/evidence", "evidence");
        io.github.bizenv.scoring.model.ImmutableProgressReport.Builder b = ProgressReport.builder().task(task)
            .unit(unit).date(date).evidence(evidence);
        if (progress != null) {
          b.progress(progress);
        } else {
          b.step(step);
        }
        ProgressReport x = build(pointer, b::build);
        if (x != null) {
          reports.add(x);
        }
      });
    }
    List<Rating> ratings = new ArrayList<>();
    r = reader(Layout.RATINGS);
    if (r != null) {
      r.read(line -> {
        String task = line.text("task");
        String rater = ref(line, "rater", units, unitsByName, "unit");
        String ratee = ref(line, "ratee", units, unitsByName, "unit");
        Double score = line.number("score");
        LocalDate date = line.date("date");
        if (line.bad) {
          return;
        }
        String pointer = "/ratings/" + ratings.size();
        at(pointer, line, "/task", "task", "/rater", "rater", "/ratee", "ratee", "/score", "score", "/date", "date");
        Rating x = build(pointer, () -> Rating.builder().task(task).rater(rater).ratee(ratee).score(score).date(date)
            .build());
        if (x != null) {
          ratings.add(x);
        }
      });
    }
    List<Finding> findings = new ArrayList<>();
    r = reader(Layout.FINDINGS);
    if (r != null) {
      r.read(line -> {
        String id = line.text("id");
        FindingKind kind = line.choice("kind", Words.FINDING_KINDS, Words.expected(FindingKind.values()));
        String unit = ref(line, "unit", units, unitsByName, "unit");
        String matter = line.text("matter");
        String task = line.text("task");
        String area = ref(line, "area", areas, areasByName, "area");
        Severity severity = line.choice("severity", Words.SEVERITIES, "轻微, 一般, 严重 (minor, general, serious)");
        LocalDate found = line.date("found");
        LocalDate deadline = line.date("deadline");
        LocalDate rectified = line.date("rectified");
        Optional<LocalizedText> description = text(line.text("description"), line.text("description-en"));
        if (line.bad) {
          return;
        }
        String pointer = "/findings/" + findings.size();
        at(pointer, line, "/id", "id", "/kind", "kind", "/unit", "unit", "/matter", "matter", "/task", "task",
            "/area", "area", "/severity", "severity", "/found", "found", "/rectificationDeadline", "deadline", "/rectified",
            "rectified", "/description", "description");
        Finding x = build(pointer, () -> Finding.builder().id(id).kind(kind).unit(unit)
            .matter(Optional.ofNullable(matter)).task(Optional.ofNullable(task)).area(Optional.ofNullable(area)).severity(severity).found(found)
            .rectificationDeadline(Optional.ofNullable(deadline)).rectified(Optional.ofNullable(rectified))
            .description(description.orElseThrow()).build());
        if (x != null) {
          findings.add(x);
        }
      });
    }
    List<Recognition> recognitions = new ArrayList<>();
    r = reader(Layout.RECOGNITIONS);
    if (r != null) {
      r.read(line -> {
        String id = line.text("id");
        RecognitionKind kind = line.choice("kind", Words.RECOGNITION_KINDS, Words.expected(RecognitionKind.values()));
        ResultLevel level = line.choice("level", Words.RECOGNITION_LEVELS, "全国, 全省 (national, provincial)");
        String unit = ref(line, "unit", units, unitsByName, "unit");
        String task = line.text("task");
        String matter = line.text("matter");
        LocalDate date = line.date("date");
        Optional<LocalizedText> description = text(line.text("description"), line.text("description-en"));
        Optional<LocalizedText> evidence = text(line.text("evidence"), line.text("evidence-en"));
        if (line.bad) {
          return;
        }
        String pointer = "/recognitions/" + recognitions.size();
        at(pointer, line, "/id", "id", "/kind", "kind", "/level", "level", "/unit", "unit", "/task", "task",
            "/matter", "matter", "/date", "date", "/description", "description", "/evidence", "evidence");
        Recognition x = build(pointer, () -> Recognition.builder().id(id).kind(kind).level(level).unit(unit)
            .task(Optional.ofNullable(task)).matter(Optional.ofNullable(matter)).date(date)
            .description(description.orElseThrow()).evidence(evidence.orElseThrow()).build());
        if (x != null) {
          recognitions.add(x);
        }
      });
    }
    List<ExternalResult> results = new ArrayList<>();
    r = reader(Layout.RESULTS);
    if (r != null) {
      r.read(line -> {
        ResultLevel level = line.choice("level", Words.LEVELS, "国评, 省评 (national, provincial)");
        String unit = ref(line, "unit", units, unitsByName, "unit");
        String indicator = ref(line, "indicator", indicators, indicatorsByName, "indicator");
        Period period = line.period("period");
        Double rank = line.number("rank");
        Double outOf = line.number("outOf");
        Double score = line.number("score");
        LocalDate published = line.date("published");
        for (String k : List.of("rank", "outOf")) {
          Double v = k.equals("rank") ? rank : outOf;
          if (v != null && v != Math.rint(v)) {
            line.problem(Problem.WRONG_TYPE, k, line.header(k) + ": " + v + " is not a whole number");
          }
        }
        if (line.bad) {
          return;
        }
        String pointer = "/externalResults/" + results.size();
        at(pointer, line, "/level", "level", "/unit", "unit", "/indicator", "indicator", "/period", "period",
            "/rank", "rank", "/outOf", "outOf", "/score", "score", "/published", "published");
        io.github.bizenv.scoring.model.ImmutableExternalResult.Builder b = ExternalResult.builder().level(level).unit(unit).indicator(indicator)
            .period(period).rank(rank.intValue()).outOf(outOf.intValue()).published(Optional.ofNullable(published));
        if (score != null) {
          b.score(score);
        }
        ExternalResult x = build(pointer, b::build);
        if (x != null) {
          results.add(x);
        }
      });
    }
    List<Observation> observations = observations(p, units, indicators);
    fail();
    if (p == null) {
      throw new IllegalStateException("a programme with problems left no problem");
    }
    ProgrammeData data = build("", () -> ProgrammeData.builder().programme(p.id()).progressReports(reports)
        .ratings(ratings).findings(findings).recognitions(recognitions).externalResults(results).observations(observations).build());
    fail();
    for (Problem x : data.problemsAgainst(p)) {
      problems.add(Problem.of(x.code(), locate(x.path()), x.message()));
    }
    fail();
    return data;
  }

  private List<Observation> observations(Programme p, Names<Unit> units, Names<Indicator> indicators) {
    List<Observation> out = new ArrayList<>();
    SheetReader r = reader(Layout.OBSERVATIONS);
    if (r == null) {
      return out;
    }
    Cells cells = Cells.reader();
    r.read(line -> {
      boolean isLong = r.has("indicator") || r.has("value");
      if (isLong && !(r.has("indicator") && r.has("value"))) {
        line.problem(Problem.MISSING_FIELD, r.has("indicator") ? "indicator" : "value", "a long data sheet needs "
            + "both 指标 (indicator) and 数值 (value) columns");
        return;
      }
      String unit = ref(line, "unit", units, unitsByName, "unit");
      Period period = r.has("period") && !Cells.blank(line.cell("period")) ? line.period("period")
          : p != null ? p.period() : Period.year(2000);
      if (line.bad) {
        return;
      }
      if (isLong) {
        String indicator = ref(line, "indicator", indicators, indicatorsByName, "indicator");
        Cell v = line.cell("value");
        if (indicator == null || Cells.blank(v)) {
          return;
        }
        observation(out, line, "value", line.ref("value"), unit, indicator, period, v, cells);
      } else {
        for (Map.Entry<Integer, String> e : r.others.entrySet()) {
          Cell v = line.cell(e.getKey());
          if (Cells.blank(v)) {
            continue;
          }
          String h = e.getValue();
          List<String> shared = indicators.ambiguous(h);
          if (!shared.isEmpty()) {
            problems.add(Problem.of(Problem.INCONSISTENT, Cells.ref(r.name(), e.getKey(), r.headerRow),
                "indicator name \"" + h + "\" is shared by " + shared + "; head the column by the id"));
            return;
          }
          observation(out, line, null, line.ref(e.getKey()), unit, resolve(indicators, h, indicatorsByName), period, v,
              cells);
        }
      }
    });
    return out;
  }

  /** Where each observation was read (row, column pairs), kept compact: a data sheet may have millions of cells. */
  private int[] observationCells = new int[1024];
  private int observationCount;
  private String observationSheet;

  private void observation(List<Observation> out, SheetReader.Line line, String key, String ref, String unit,
      String indicator, Period period, Cell v, Cells cells) {
    String pointer = "/observations/" + out.size();
    if (2 * out.size() + 2 > observationCells.length) {
      observationCells = java.util.Arrays.copyOf(observationCells, observationCells.length * 2);
    }
    observationCells[2 * out.size()] = line.number();
    observationCells[2 * out.size() + 1] = v.getColumnIndex();
    observationCount = out.size() + 1;
    observationSheet = ref.substring(0, ref.lastIndexOf('!'));
    Observation o;
    if (Cells.isError(v)) {
      problems.add(Problem.of(Problem.WRONG_TYPE, ref, "the cell shows an Excel error " + Cells.text(v)));
      return;
    }
    Double d = v.getValue() instanceof java.math.BigDecimal || looksNumeric(Cells.text(v)) ? cells.number(v) : null;
    if (d != null) {
      o = build(pointer, () -> Observation.of(unit, indicator, period, d));
    } else {
      String code = Cells.text(v);
      o = build(pointer, () -> Observation.ofCode(unit, indicator, period, code));
    }
    if (o != null) {
      out.add(o);
    }
  }

  private static boolean looksNumeric(String s) {
    return s.matches("[+-]?[\\d,.]+\\s*[%％]?") && s.matches(".*\\d.*");
  }
}
