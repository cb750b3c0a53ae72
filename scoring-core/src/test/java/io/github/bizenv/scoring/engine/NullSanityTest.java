package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import io.github.bizenv.scoring.analysis.Audit;
import io.github.bizenv.scoring.analysis.Dimension;
import io.github.bizenv.scoring.analysis.Sobol;
import io.github.bizenv.scoring.analysis.SensitivityResult;
import io.github.bizenv.scoring.analysis.Stage;
import io.github.bizenv.scoring.analysis.StatisticsThresholds;
import io.github.bizenv.scoring.analysis.StrengthsAndWeaknesses;
import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.live.Alert;
import io.github.bizenv.scoring.live.LiveEvaluation;
import io.github.bizenv.scoring.live.Updates;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.text.AnalysisTables;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.text.Widths;
import io.github.bizenv.scoring.testkit.ProgrammeGenerator;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.EscalationStep;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.HeadGrade;
import io.github.bizenv.scoring.workflow.ProgrammeFacts;
import io.github.bizenv.scoring.workflow.ProgrammeMonitor;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of scoring-core rejects {@code null} with a {@link NullPointerException}
 * (or another exception naming the parameter) instead of accepting it silently or failing later.
 */
class NullSanityTest {

  static final Methodology M = MethodologyModelTest.startingABusiness().build();
  static final Plan PLAN = Engine.create().compile(M);
  static final Dataset DATA = Dataset.builder().value(Period.year(2020), "a", "Procedures (number)", 4)
      .value(Period.year(2020), "a", "Time (days)", 9).build();
  static final Evaluation EVALUATION = PLAN.evaluate(DATA);

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Methodology.class, M)
        .setDefault(Plan.class, PLAN)
        .setDefault(Strategies.class, Strategies.defaults())
        .setDefault(Dataset.class, DATA)
        .setDefault(Evaluation.class, EVALUATION)
        .setDefault(Period.class, Period.year(2020))
        .setDefault(Programme.class, ProgrammeGenerator.seeded(1).programme())
        .setDefault(StrategySpec.class, Normalizers.minMax())
        .setDefault(Direction.class, Direction.HIGHER_IS_BETTER)
        .setDefault(DocumentLimits.class, DocumentLimits.defaults())
        .setDefault(CsvOptions.class, CsvOptions.defaults())
        .setDefault(Path.class, Path.of("does-not-exist.json"))
        .setDefault(String.class, "a")
        .setDefault(Map.class, Map.of())
        .setDefault(List.class, List.of());
  }

  @Test
  void engineTypes() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(Engine.class, Plan.class, Evaluation.class, Dataset.class, Strategies.class,
        Outranking.class, Explanation.class)) {
      t.testAllPublicStaticMethods(c);
    }
    t.testAllPublicInstanceMethods(Engine.create());
    t.testAllPublicInstanceMethods(PLAN);
    t.testAllPublicInstanceMethods(EVALUATION);
    t.testAllPublicInstanceMethods(DATA);
    t.testAllPublicInstanceMethods(Dataset.builder());
    t.testAllPublicInstanceMethods(Strategies.defaults());
    t.testAllPublicInstanceMethods(Strategies.builder());
    t.testAllPublicInstanceMethods(EVALUATION.explain("a", "sb"));
  }

  static final ProgrammeGenerator GEN = ProgrammeGenerator.seeded(1);
  /** The generated programme over its whole year, so that a quarter lies in its period (seed 1 gives a month). */
  static final Programme PROGRAMME = wholeYear(GEN.programme());

  static Programme wholeYear(Programme p) {
    return Programme.builder().from(p).period(Period.year(p.period().start().getYear())).build();
  }

  static final ProgrammeData PROGRAMME_DATA = GEN.data(PROGRAMME);
  static final LocalDate DAY = PROGRAMME.period().start().plusMonths(3);
  static final Plan TASKS = Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'a','name':{'en':'a'},"
      + "'nodes':[{'id':'tasks','source':'lead.on-time-rate','normalizer':{'name':'goalposts','lower':0,'upper':100}}],"
      + "'grades':{'bands':[{'name':'A','min':60},{'name':'B'}]}}").replace('\'', '"'), "a");
  static final Assessment ASSESSMENT = Assessment.run(TASKS, PROGRAMME, PROGRAMME_DATA, DAY, List.of());

  static final Table TABLE = Table.builder("t", "T").column("c", "C", Table.Kind.TEXT).build();
  static final UncertaintySpec SPEC = UncertaintySpec.builder().id("s").dimension(Dimension.winmax("winmax", 1, 2))
      .build();
  static final UncertaintyAnalysis ANALYSIS = UncertaintyAnalysis.builder(PLAN, DATA, SPEC).build();

  /** Public methods with a parameter documented as optional. */
  static final java.util.Set<Method> OPTIONAL = new java.util.HashSet<>();

  static HeadGrade headGrade() throws ReflectiveOperationException {
    Constructor<HeadGrade> c = HeadGrade.class.getDeclaredConstructor(String.class, LocalizedText.class, String.class,
        boolean.class, String.class);
    c.setAccessible(true);
    return c.newInstance("u", LocalizedText.of("en", "Head"), "A", false, "");
  }

  /** The other public packages: text, analysis, workflow, live and io, statics and the instances they return. */
  @Test
  void theOtherPackages() throws Exception {
    NullPointerTester t = tester()
        .setDefault(Programme.class, PROGRAMME)
        .setDefault(ProgrammeData.class, PROGRAMME_DATA)
        .setDefault(LocalDate.class, DAY)
        .setDefault(Texts.class, Texts.english())
        .setDefault(DispatchRules.class, DispatchRules.defaults())
        .setDefault(GapAnalysis.class, GapAnalysis.of(PROGRAMME))
        .setDefault(Assessment.class, ASSESSMENT)
        .setDefault(HeadGrade.class, headGrade())
        .setDefault(QuarterlyReport.class, QuarterlyReport.of(TASKS, PROGRAMME, PROGRAMME_DATA,
            Period.quarter(PROGRAMME.period().start().getYear(), 1), 3))
        .setDefault(BattleMap.class, BattleMap.at(PROGRAMME, PROGRAMME_DATA, DAY, DispatchRules.defaults()))
        .setDefault(Audit.class, Audit.of(PLAN, DATA))
        .setDefault(Table.class, TABLE)
        .setDefault(Table.Tone.class, Table.Tone.GREEN)
        .setDefault(Table.Column.class, TABLE.columns().get(0))
        .setDefault(int.class, 1)
        .setDefault(Stage.class, Stage.NORMALISED)
        .setDefault(Explanation.class, EVALUATION.explain("a", "sb"))
        .setDefault(LocalizedText.class, LocalizedText.of("名", "name"))
        .setDefault(StatisticsThresholds.class, StatisticsThresholds.defaults())
        .setDefault(UncertaintySpec.class, SPEC)
        .setDefault(UncertaintyResult.class, ANALYSIS.uncertainty(4))
        .setDefault(SensitivityResult.class, ANALYSIS.sensitivity(4, 0))
        .setDefault(StrengthsAndWeaknesses.class, Audit.of(PLAN, DATA).strengthsAndWeaknesses("a", Stage.NORMALISED,
            1, 1))
        .setDefault(Table.Kind.class, Table.Kind.TEXT);
    // A parameter documented as optional: a table cell's value, empty when null.
    OPTIONAL.add(Table.class.getMethod("text", Object.class, Table.Column.class));
    List<String> failures = new ArrayList<>();
    for (Class<?> c : List.of(Tables.class, Texts.class, Table.class, Report.class, Widths.class,
        AnalysisTables.class, Audit.class, Dimension.class, Stage.class, StatisticsThresholds.class,
        UncertaintySpec.class, UncertaintyAnalysis.class, Sobol.class, Assessment.class, BattleMap.class,
        DispatchRules.class, EscalationStep.class, GapAnalysis.class, ProgrammeFacts.class, ProgrammeMonitor.class,
        QuarterlyReport.class, Alert.class, LiveEvaluation.class, Updates.class, CsvOptions.class,
        DocumentLimits.class)) {
      for (Method m : c.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c) {
          check(failures, m, () -> t.testMethod(null, m));
        }
      }
    }
    for (Object o : List.of(Texts.chinese(), Table.builder("t", "T"), CsvOptions.defaults(), GapAnalysis.of(PROGRAMME),
        BattleMap.at(PROGRAMME, PROGRAMME_DATA, DAY, DispatchRules.defaults()), Audit.of(PLAN, DATA), ASSESSMENT,
        ProgrammeMonitor.builder(PROGRAMME), LiveEvaluation.builder(PLAN, DATA, Period.year(2020)), Updates.at(DAY),
        UncertaintySpec.builder())) {
      for (Method m : o.getClass().getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
            && !m.getName().equals("equals")) {
          check(failures, m, () -> t.testMethod(o, m));
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  private static void check(List<String> failures, Method m, Runnable r) {
    if (OPTIONAL.contains(m)) {
      return;
    }
    try {
      r.run();
    } catch (AssertionError | RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      java.util.regex.Matcher at = java.util.regex.Pattern.compile("at index (\\d+)").matcher(msg);
      failures.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + "/" + m.getParameterCount()
          + (at.find() ? " null at " + at.group(1) : "") + ": " + msg.lines().findFirst().orElse("")
          .replaceAll("\\(.*", "").replaceAll("^.*(wrong exception|No exception).*", "$1")
          + msg.lines().filter(l -> l.startsWith("Actual exception")).findFirst().map(l -> " — " + l).orElse(""));
    }
  }

  @Test
  void documents() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(Documents.class);
    t.testAllPublicInstanceMethods(Documents.create());
  }
}
