package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled Sample City and COINr's ASEM index, as the reports' tests use them. */
final class Fixtures {

  static final Path ASEM = Path.of("..", "..", "shared", "data", "asem", "ASEM_iData.csv");
  static final Programme PROGRAMME = SampleCity.programme();
  static final ProgrammeData DATA = SampleCity.data(PROGRAMME);
  static final List<Observation> DISTRICTS = SampleCity.districts(PROGRAMME);
  static final Period Q3 = Period.quarter(2021, 3);

  private Fixtures() {}

  static Plan bundled(String name) {
    return Engine.create().compile(Catalogue.bundled().methodology(name));
  }

  static Quarterly quarterly(Period quarter) {
    QuarterlyReport r = QuarterlyReport.of(bundled("quarterly-progress"), PROGRAMME, DATA, quarter, 5);
    return Quarterly.builder(PROGRAMME, DATA, quarter).ranking(r).build();
  }

  static List<Assessment> assessments() {
    return List.of(
        Assessment.run(bundled("assessment-districts-2021"), PROGRAMME, DATA, PROGRAMME.period().end(), DISTRICTS),
        Assessment.run(bundled("assessment-departments-2021"), PROGRAMME, DATA, PROGRAMME.period().end(), DISTRICTS));
  }

  static Page quarterlyPage(Texts t) {
    return Pages.quarterly(quarterly(Q3), t);
  }

  static Page yearEndPage(Texts t) {
    return Pages.yearEnd(PROGRAMME, assessments(), t);
  }

  static Page gapPage(Texts t) {
    return Pages.gap(GapAnalysis.of(PROGRAMME), DATA, "sample-city", PROGRAMME.period().end(), t);
  }

  static boolean asemPresent() {
    return Files.isRegularFile(ASEM);
  }

  static void assumeAsem() {
    assumeTrue(asemPresent(), "skipped: reference data ../shared/data/asem is not beside the repository");
  }

  static Plan asemPlan() {
    return bundled("asem");
  }

  static Dataset asemData(Plan plan) {
    return Dataset.readCsv(ASEM, plan.unitColumn(), plan.periodColumn().orElse(null), DocumentLimits.defaults());
  }

  /** The index page of ASEM with rank intervals from 64 replications of COINr's uncertainty spec. */
  static Page indexPage(Texts t) {
    Plan plan = asemPlan();
    Dataset data = asemData(plan);
    Evaluation e = plan.evaluate(data);
    UncertaintySpec spec;
    try (InputStream in = SampleCity.class.getResourceAsStream("/uncertainty/asem-coinr.json")) {
      spec = UncertaintySpec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "asem-coinr.json");
    } catch (IOException x) {
      throw new IllegalStateException(x);
    }
    UncertaintyResult u = UncertaintyAnalysis.builder(plan, data, spec).seed(1).threads(1).build().uncertainty(64);
    return Pages.index(e, u, "CHN", t);
  }
}
