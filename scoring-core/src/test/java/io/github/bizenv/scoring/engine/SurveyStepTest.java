package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.SurveyStatistic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey step on hand-made microdata: firms' sample-weighted means and medians with a minimum number of
 * respondents, experts' medians (an even yes/no split gives 0.5) and modes (several modes give their median).
 */
class SurveyStepTest {

  static final Engine ENGINE = Engine.create();

  /** Leaves: time (firms, weighted median), share (firms, weighted mean, ≥ 3 firms), law (experts, median), choice (mode). */
  static final String METHODOLOGY = ("{'schema':'bizenv.methodology/1','id':'survey','name':{'en':'survey'},"
      + "'data':{'unitColumn':'economy'},"
      + "'pipeline':["
      + "{'step':'survey','statistic':'median','indicators':['time'],'respondentColumn':'firm','weightColumn':'w'},"
      + "{'step':'survey','statistic':'mean','indicators':['share'],'respondentColumn':'firm','weightColumn':'w',"
      + "'minRespondents':3},"
      + "{'step':'survey','statistic':'median','indicators':['law'],'respondentColumn':'expert'},"
      + "{'step':'survey','statistic':'mode','indicators':['choice'],'respondentColumn':'expert'}],"
      + "'nodes':[{'id':'root','missing':{'minShare':0}},"
      + "{'id':'time','parent':'root','source':'days','normalizer':'identity'},"
      + "{'id':'share','parent':'root','source':'share','normalizer':'identity'},"
      + "{'id':'law','parent':'root','source':'law','normalizer':'identity'},"
      + "{'id':'choice','parent':'root','source':'choice','normalizer':'identity'}]}").replace('\'', '"');

  static final String FIRMS = "economy,firm,w,days,share\n"
      + "A,f1,1,10,1\n"
      + "A,f2,3,20,0\n"
      + "A,f3,2,,1\n"
      + "B,f4,1,5,1\n"
      + "B,f5,1,7,\n"
      + "B,f6,1,9,\n"
      + "B,f7,1,11,\n";

  static final String EXPERTS = "economy,expert,law,choice\n"
      + "A,e1,1,3\n"
      + "A,e2,0,3\n"
      + "A,e3,1,4\n"
      + "A,e4,0,4\n"
      + "A,e5,,5\n"
      + "B,e6,1,2\n"
      + "B,e7,1,2\n"
      + "B,e8,0,5\n";

  static Dataset data(String firms, String experts) {
    return Dataset.builder().addRespondentCsv(firms, "firms.csv", "economy", "firm", DocumentLimits.defaults())
        .addRespondentCsv(experts, "experts.csv", "economy", "expert", DocumentLimits.defaults()).build();
  }

  static double s(Evaluation e, String unit, String node) {
    return e.score(unit, node).orElse(Double.NaN);
  }

  @Test
  void firmsAnswersAreWeightedAndCountOnlyWithEnoughRespondents() {
    Evaluation e = ENGINE.compile(METHODOLOGY, "survey.json").evaluate(data(FIRMS, EXPERTS));
    assertEquals(List.of("A", "B"), e.units());
    // A's days 10 (weight 1) and 20 (weight 3): half the weight, 2, is first reached at 20
    assertEquals(20, s(e, "A", "time"), 0);
    // B's days 5, 7, 9, 11 with equal weights: the running weight is exactly half at 7, so (7 + 9) / 2
    assertEquals(8, s(e, "B", "time"), 0);
    // A's share: (1 × 1 + 3 × 0 + 2 × 1) / 6 from three firms
    assertEquals(0.5, s(e, "A", "share"), 1e-15);
    assertTrue(e.score("B", "share").isEmpty(), "one firm answered, fewer than 3");
    assertEquals(List.of("raw", "surveyed", "surveyed-2", "surveyed-3", "surveyed-4"), e.stages());
    assertEquals(20, e.stageValue("surveyed", "A", "time").getAsDouble(), 0);
  }

  @Test
  void expertsMediansSplitEvenlyToOneHalfAndSeveralModesGiveTheirMedian() {
    Evaluation e = ENGINE.compile(METHODOLOGY, "survey.json").evaluate(data(FIRMS, EXPERTS));
    assertEquals(0.5, s(e, "A", "law"), 0, "two yes, two no, one without an answer");
    assertEquals(1, s(e, "B", "law"), 0);
    assertEquals(3.5, s(e, "A", "choice"), 0, "3 and 4 twice each: the median of the modes");
    assertEquals(2, s(e, "B", "choice"), 0);
  }

  @Test
  void theStatisticsByHand() {
    double[] one = {1, 1, 1};
    assertEquals(3, Surveyor.statistic(SurveyStatistic.MODE, new double[] {1, 3, 5}, one), 0, "three modes: 3");
    assertEquals(5, Surveyor.statistic(SurveyStatistic.MODE, new double[] {1, 3, 5}, new double[] {1, 1, 2}), 0,
        "the answer with the most weight");
    assertEquals(3, Surveyor.statistic(SurveyStatistic.MEDIAN, new double[] {5, 1, 3}, one), 0);
    assertEquals(1.5, Surveyor.statistic(SurveyStatistic.MEDIAN, new double[] {2, 1, 1, 3}, new double[] {1, 1, 1, 1}),
        0, "1, 1 | 2, 3");
    assertEquals(2.5, Surveyor.statistic(SurveyStatistic.MEAN, new double[] {1, 3}, new double[] {1, 3}), 0);
  }

  @Test
  void explanationsSayHowManyRespondentsAnswered() {
    Evaluation e = ENGINE.compile(METHODOLOGY, "survey.json").evaluate(data(FIRMS, EXPERTS));
    String text = e.explain("A", "share").text();
    assertTrue(text.contains("input: answers in \"share\" of 3 respondents"), text);
    assertTrue(text.contains("survey: weighted mean of 3 respondents' answers = 0.5"), text);
    assertTrue(e.explain("B", "share").text().contains("survey: 1 respondents answered, fewer than the 3 required "
        + "(missing)"), e.explain("B", "share").text());
    io.github.bizenv.scoring.text.Texts zh = io.github.bizenv.scoring.text.Texts.chinese();
    assertEquals("调查：3名受访者回答的加权平均值 = 0.5", zh.sentence("survey: weighted mean of 3 respondents' answers = 0.5"));
    assertEquals("“share”中3名受访者的回答", zh.sentence("answers in \"share\" of 3 respondents"));
  }

  @Test
  void aRespondentLevelTableIsRecognisedByItsRespondentColumn(@TempDir Path dir) throws Exception {
    Plan p = ENGINE.compile(METHODOLOGY, "survey.json");
    Path firms = dir.resolve("firms.csv");
    Path experts = dir.resolve("experts.csv");
    Files.write(firms, FIRMS.getBytes(StandardCharsets.UTF_8));
    Files.write(experts, EXPERTS.getBytes(StandardCharsets.UTF_8));
    Dataset d = Dataset.builder().addCsv(firms, p, CsvOptions.defaults(), DocumentLimits.defaults())
        .addCsv(experts, p, CsvOptions.defaults(), DocumentLimits.defaults()).build();
    assertEquals(20, p.evaluate(d).score("A", "time").getAsDouble(), 0);
  }

  @Test
  void answersInCodeEqualAnswersInATable() {
    Dataset.Builder b = Dataset.builder();
    b.respondent("A", "f1", Map.of("w", 1.0, "days", 10.0, "share", 1.0));
    b.respondent("A", "f2", Map.of("w", 3.0, "days", 20.0, "share", 0.0));
    b.respondent("A", "e1", Map.of("law", 1.0, "choice", 2.0));
    Evaluation e = ENGINE.compile(METHODOLOGY, "survey.json").evaluate(b.build());
    assertEquals(20, s(e, "A", "time"), 0);
    assertEquals(1, s(e, "A", "law"), 0);
    assertTrue(e.score("A", "share").isEmpty(), "two firms");
  }

  @Test
  void textAnswersAndBadWeightsAreProblemsOfTheData() {
    ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compile(METHODOLOGY, "survey.json")
        .evaluate(data(FIRMS.replace("A,f2,3,20,0", "A,f2,0,a week,0"), EXPERTS)));
    assertEquals(List.of("firms.csv, line 3", "firms.csv, line 3"), e.problems().stream().map(Problem::path)
        .collect(Collectors.toList()));
    assertTrue(e.problems().get(0).message().contains("respondent \"f2\": the answer \"a week\" in column \"days\" of "
        + "leaf \"time\" is not a number"), e.getMessage());
    assertTrue(e.problems().get(1).message().contains("the sample weight in column \"w\" is 0; it must be a number "
        + "greater than 0"), e.getMessage());
  }

  @Test
  void withoutRespondentLevelDataTheStepSaysWhatItNeeds() {
    ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compile(METHODOLOGY, "survey.json")
        .evaluate(Dataset.builder().value("A", "days", 3).build()));
    assertTrue(e.problems().get(0).message().contains("the survey step needs respondent-level data — a table with a "
        + "\"firm\" column"), e.getMessage());
    ValidationException column = assertThrows(ValidationException.class, () -> ENGINE.compile(METHODOLOGY,
        "survey.json").evaluate(data(FIRMS.replace(",share\n", ",shares\n"), EXPERTS)));
    assertTrue(column.getMessage().contains("column \"share\" of leaf \"share\" is not in the respondent-level data"),
        column.getMessage());
  }

  @Test
  void aSurveyStepComesFirstAndAggregatesLeavesOnceAndFilesKeepIt() {
    Documents docs = Documents.create();
    Methodology m = docs.readMethodology(METHODOLOGY, "survey.json");
    assertEquals(m, docs.readMethodology(docs.toJson(m), "survey.json"));
    assertTrue(docs.toJson(m).contains("{\"step\": \"survey\", \"statistic\": \"median\", \"indicators\": [\"law\"], "
        + "\"respondentColumn\": \"expert\"}"), docs.toJson(m));
    assertTrue(docs.toJson(m).contains("\"minRespondents\": 3"), docs.toJson(m));
    ValidationException order = assertThrows(ValidationException.class, () -> docs.readMethodology(METHODOLOGY
        .replace("\"pipeline\":[", "\"pipeline\":[{\"step\":\"impute\",\"method\":\"mean\"},"), "survey.json"));
    assertEquals("/pipeline/1", order.problems().get(0).path());
    assertEquals(Problem.ORDER, order.problems().get(0).code());
    ValidationException twice = assertThrows(ValidationException.class, () -> docs.readMethodology(METHODOLOGY
        .replace("'indicators':['law']".replace('\'', '"'), "\"indicators\":[\"law\",\"time\"]"), "survey.json"));
    assertTrue(twice.getMessage().contains("leaf \"time\" is already aggregated by survey step 0"), twice.getMessage());
  }
}
