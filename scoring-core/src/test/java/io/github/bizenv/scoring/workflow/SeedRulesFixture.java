package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Benchmark;
import io.github.bizenv.scoring.model.DeclaredClass;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.ImmutableTask;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
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
import java.util.List;

/**
 * A small city written out by hand for the seed article's rules: eight departments (the tax bureau vertically
 * managed), four districts and two counties, eleven tasks in three areas (two of them class C), findings linked into
 * matters, recognitions, outside results published the next year — and the methodologies that score them.
 */
final class SeedRulesFixture {

  private SeedRulesFixture() {}

  static final LocalizedText T = LocalizedText.zhOnly("任务");

  static LocalDate d(int month, int day) {
    return LocalDate.of(2021, month, day);
  }

  static Milestone m(int month, int day, double planned) {
    return Milestone.builder().due(d(month, day)).plannedProgress(planned).description(T).build();
  }

  static Milestone step(int month, int day, AuthorisationStep step) {
    return Milestone.builder().due(d(month, day)).step(step).description(LocalizedText.zhOnly(step.zh())).build();
  }

  static Unit unit(String id, UnitKind kind, String head) {
    return Unit.builder().id(id).name(LocalizedText.zhOnly(id)).kind(kind).head(LocalizedText.zhOnly(head)).build();
  }

  static ImmutableTask.Builder task(String id, String area, String lead, LocalDate deadline, TaskClass c) {
    ImmutableTask.Builder t = Task.builder().id(id).area(area).description(LocalizedText.zhOnly("任务" + id)).lead(lead)
        .deadline(deadline);
    if (c == TaskClass.C) {
      t.legalAuthorisation(true).declaredClass(DeclaredClass.of(c, LocalizedText.zhOnly("需国家授权")));
    } else {
      t.declaredClass(DeclaredClass.of(c, LocalizedText.zhOnly("对照深圳定性研判")));
    }
    return t;
  }

  static final Programme P = Programme.builder().id("p").name(T).period(Period.year(2021))
      .benchmark(Benchmark.builder().jurisdiction(LocalizedText.zhOnly("深圳市")).build())
      .addOrganisers("reform", "drc")
      .addAreas(Area.builder().id("reg").name(LocalizedText.zhOnly("商事登记")).addServe("eval-sb").build(),
          Area.builder().id("build").name(LocalizedText.zhOnly("工程建设项目审批")).addServe("eval-cp").build(),
          Area.builder().id("tax").name(LocalizedText.zhOnly("纳税服务")).addServe("eval-tx").build())
      .addUnits(unit("city", UnitKind.CITY, "李书记（市委书记）"), unit("reform", UnitKind.DEPARTMENT, "陈主任"),
          unit("drc", UnitKind.DEPARTMENT, "孙主任"))
      .addUnits(Unit.builder().from(unit("amr", UnitKind.DEPARTMENT, "张局长")).addCompetence("reg").build(),
          Unit.builder().from(unit("tax", UnitKind.DEPARTMENT, "王局长")).verticallyManaged(true).addCompetence("tax")
              .build(),
          Unit.builder().from(unit("eco", UnitKind.DEPARTMENT, "赵局长")).addCompetence("build").build(),
          Unit.builder().from(unit("housing", UnitKind.DEPARTMENT, "钱局长")).addCompetence("build").build(),
          unit("stats", UnitKind.DEPARTMENT, "周局长"), unit("court", UnitKind.DEPARTMENT, "吴院长"))
      .addUnits(unit("d1", UnitKind.DISTRICT, "郑区长"), unit("d2", UnitKind.DISTRICT, "冯区长"),
          unit("d3", UnitKind.DISTRICT, "褚区长"), unit("d4", UnitKind.DISTRICT, "卫区长"),
          unit("c1", UnitKind.COUNTY, "蒋县长"), unit("c2", UnitKind.COUNTY, "沈县长"))
      .addIndicators(Indicator.builder().id("days").name(T).measurementUnit("days")
          .direction(Direction.LOWER_IS_BETTER).area("reg").build())
      .addIndicators(Indicator.builder().id("env").name(T).measurementUnit("points")
          .direction(Direction.HIGHER_IS_BETTER).build())
      .addIndicators(Indicator.builder().id("eval-sb").name(LocalizedText.zhOnly("开办企业")).measurementUnit("points")
          .direction(Direction.HIGHER_IS_BETTER).lead("amr").build())
      .addIndicators(Indicator.builder().id("eval-cp").name(LocalizedText.zhOnly("办理建筑许可"))
          .measurementUnit("points").direction(Direction.HIGHER_IS_BETTER).lead("housing").build())
      .addIndicators(Indicator.builder().id("eval-tx").name(LocalizedText.zhOnly("纳税")).measurementUnit("points")
          .direction(Direction.HIGHER_IS_BETTER).lead("tax").build())
      .addTasks(task("T1", "reg", "amr", d(3, 31), TaskClass.A).addResponsible("d1").addSupporting("drc")
          .measure(Measure.builder().indicator("days").baseline(3).benchmark(1).target(1).build())
          .addMilestones(m(2, 28, 50), m(3, 31, 100)).build())
      .addTasks(task("T2", "reg", "amr", d(6, 30), TaskClass.B).addResponsible("d2").workload(2)
          .addMilestones(m(6, 30, 100)).build())
      .addTasks(task("T3", "build", "eco", d(6, 30), TaskClass.A).addResponsible("housing", "d1")
          .addMilestones(m(3, 31, 50), m(6, 30, 100)).build())
      .addTasks(task("T4", "build", "housing", d(9, 30), TaskClass.C).addMilestones(
          step(2, 28, AuthorisationStep.APPLICATION_SUBMITTED), step(6, 30, AuthorisationStep.AUTHORISATION_GRANTED),
          step(9, 30, AuthorisationStep.IMPLEMENTED)).build())
      .addTasks(task("T5", "tax", "tax", d(12, 31), TaskClass.A).addResponsible("d3")
          .addMilestones(m(6, 30, 50), m(12, 31, 100)).build())
      .addTasks(task("T6", "reg", "eco", d(12, 31), TaskClass.A).addResponsible("d2").addMilestones(m(12, 31, 100))
          .build())
      .addTasks(task("T7", "build", "housing", d(12, 31), TaskClass.C)
          .addMilestones(step(3, 31, AuthorisationStep.APPLICATION_SUBMITTED)).build())
      .addTasks(task("T8", "reg", "stats", d(3, 31), TaskClass.A).build())
      .addTasks(task("T9", "reg", "drc", d(12, 31), TaskClass.C).addMilestones(
          step(3, 31, AuthorisationStep.APPLICATION_SUBMITTED), step(6, 30, AuthorisationStep.AUTHORISATION_GRANTED),
          step(12, 31, AuthorisationStep.IMPLEMENTED)).build())
      .addTasks(task("T10", "reg", "court", d(6, 30), TaskClass.A).build())
      .addTasks(task("T11", "reg", "court", d(9, 30), TaskClass.A).build())
      .build();

  static ProgressReport r(String task, String unit, LocalDate date, double progress) {
    return ProgressReport.builder().task(task).unit(unit).date(date).progress(progress).build();
  }

  static ProgressReport s(String task, String unit, LocalDate date, AuthorisationStep step) {
    return ProgressReport.builder().task(task).unit(unit).date(date).step(step).build();
  }

  static Finding f(String id, FindingKind kind, String unit, String matter, Severity severity, LocalDate found,
      LocalDate deadline, LocalDate rectified) {
    return Finding.builder().id(id).kind(kind).unit(unit).matter(java.util.Optional.ofNullable(matter))
        .severity(severity).found(found).rectificationDeadline(java.util.Optional.ofNullable(deadline))
        .rectified(java.util.Optional.ofNullable(rectified)).description(LocalizedText.zhOnly("问题" + id)).build();
  }

  static ExternalResult result(ResultLevel level, String indicator, int year, int rank, int outOf, LocalDate published) {
    return ExternalResult.builder().level(level).unit("city").indicator(indicator).period(Period.year(year)).rank(rank)
        .outOf(outOf).published(published).build();
  }

  static final ProgrammeData D = ProgrammeData.builder().programme("p")
      .addProgressReports(r("T1", "amr", d(3, 31), 100), r("T2", "amr", d(6, 30), 80), r("T2", "amr", d(7, 31), 100),
          r("T3", "eco", d(3, 31), 20), r("T3", "eco", d(6, 30), 60),
          s("T4", "housing", d(2, 20), AuthorisationStep.APPLICATION_SUBMITTED),
          s("T4", "housing", d(5, 10), AuthorisationStep.AUTHORISATION_GRANTED),
          s("T4", "housing", d(9, 20), AuthorisationStep.IMPLEMENTED),
          r("T5", "tax", d(6, 30), 50), r("T5", "tax", d(12, 31), 100), r("T6", "eco", d(11, 30), 100),
          r("T8", "stats", d(3, 20), 100), s("T9", "drc", d(3, 15), AuthorisationStep.APPLICATION_SUBMITTED),
          r("T10", "court", d(6, 15), 100), r("T11", "court", d(9, 10), 100))
      .addRatings(Rating.builder().task("T3").rater("eco").ratee("housing").score(80).date(d(12, 20)).build())
      .addFindings(
          f("F1", FindingKind.HOTLINE_COMPLAINT, "d1", "M1", Severity.GENERAL, d(3, 1), d(3, 15), d(3, 10)),
          f("F2", FindingKind.ON_SITE_INSPECTION, "d1", "M1", Severity.SERIOUS, d(3, 5), d(3, 20), d(3, 25)),
          f("F3", FindingKind.HOTLINE_COMPLAINT, "d1", null, Severity.MINOR, d(4, 1), null, null),
          f("F4", FindingKind.FOUR_NOS_TWO_STRAIGHTS, "d2", null, Severity.GENERAL, d(5, 1), d(5, 31), d(5, 20)),
          f("F5", FindingKind.UNANNOUNCED_VISIT, "d2", "M2", Severity.GENERAL, d(6, 1), d(6, 30), d(6, 10)),
          f("F6", FindingKind.UNANNOUNCED_VISIT, "d2", "M2", Severity.GENERAL, d(6, 2), d(6, 30), d(6, 10)),
          f("F7", FindingKind.HOTLINE_REPORT, "c1", null, Severity.SERIOUS, d(8, 1), d(8, 31), null))
      .addRecognitions(Recognition.builder().id("R1").kind(RecognitionKind.FIRST).level(ResultLevel.NATIONAL)
              .unit("amr").task("T1").matter("MR1").date(d(4, 1)).description(LocalizedText.zhOnly("全国首个“一照多址”"))
              .evidence(LocalizedText.zhOnly("国务院办公厅督查通报")).build(),
          Recognition.builder().id("R2").kind(RecognitionKind.ADOPTED).level(ResultLevel.PROVINCIAL).unit("amr")
              .task("T1").matter("MR1").date(d(9, 1)).description(LocalizedText.zhOnly("“一照多址”在全省推广"))
              .evidence(LocalizedText.zhOnly("省政府办公厅文件")).build(),
          Recognition.builder().id("R3").kind(RecognitionKind.ADOPTED).level(ResultLevel.NATIONAL).unit("tax")
              .task("T5").date(d(10, 1)).description(LocalizedText.zhOnly("非接触式办税"))
              .evidence(LocalizedText.zhOnly("国家税务总局文件")).build())
      .addExternalResults(result(ResultLevel.NATIONAL, "eval-sb", 2020, 6, 80, d(7, 19)),
          result(ResultLevel.NATIONAL, "eval-sb", 2021, 30, 80, LocalDate.of(2022, 7, 1)),
          result(ResultLevel.PROVINCIAL, "eval-tx", 2020, 1, 21, d(5, 10)),
          result(ResultLevel.NATIONAL, "eval-cp", 2020, 25, 80, d(7, 19)))
      .build();

  /** The districts' and counties' business-environment indicator, from outside the programme's data. */
  static final List<Observation> ENV = List.of(env("d1", 95), env("d2", 94), env("d3", 70), env("d4", 96),
      env("c1", 94), env("c2", 91));

  static Observation env(String unit, double v) {
    return Observation.of(unit, "env", Period.year(2021), v);
  }

  static Plan compile(String json) {
    return Engine.create().compile(json.replace('\'', '"'), "test");
  }

  /**
   * Departments: a deduction scheme for led tasks (60) — 100 less 10 per late class A task, 8 per B, 6 per C (by
   * workload), 2 per missed milestone — and collaboration ratings (40); the whole assessment gets full marks and 优秀
   * when a led indicator ranks in the national top 10 or first in the province; fewer than 2 tasks keeps a unit out of
   * 优秀; 优秀 ≤ 30 %; heads graded 优秀 / 称职 / 基本称职 / 不称职.
   */
  static final Plan DEPARTMENTS = compile("{'schema':'bizenv.methodology/1','id':'departments','name':{'en':'d'},"
      + "'scope':{'column':'kind','values':['department']},'nodes':["
      + "{'id':'dept','points':100,'missing':{'minShare':0.5},'rules':["
      + "{'name':'veto','effect':'exclude-top-band','any':[{'indicator':'tasks.total','atMost':1,"
      + "'label':'承担任务不足2项，不评优秀'}]},"
      + "{'name':'override','label':'牵头指标国评前10或省评第1','any':[{'indicator':'eval.national-rank','atMost':10},"
      + "{'indicator':'eval.provincial-rank','equals':1}],'grade':'优秀'}]},"
      + "{'id':'tasks','parent':'dept','weight':60,'source':'lead.tasks','normalizer':{'name':'base-score','base':100},"
      + "'rules':[{'name':'bonus-deduction','items':[{'indicator':'lead.late.A','amount':-10,'category':'late'},"
      + "{'indicator':'lead.late.B','amount':-8,'category':'late'},{'indicator':'lead.late.C','amount':-6,"
      + "'category':'late'},{'indicator':'lead.milestones-missed','amount':-2,'category':'milestones'}],'floor':0}]},"
      + "{'id':'collab','parent':'dept','weight':40,'source':'ratings.mean','normalizer':{'name':'goalposts',"
      + "'lower':60,'upper':100}}],"
      + "'ranking':{'on':'presented'},"
      + "'grades':{'bands':[{'name':'优秀','min':90},{'name':'良好','min':80},{'name':'一般','min':60},{'name':'较差'}],"
      + "'on':'presented','quota':{'band':'优秀','maxShare':0.3}},"
      + "'heads':{'grades':['优秀','称职','基本称职','不称职'],"
      + "'from':{'优秀':'优秀','良好':'称职','一般':'称职','较差':'基本称职'}}}");

  /**
   * Districts and counties, ranked apart: 80 points from their indicator, less deductions per matter (a matter once,
   * in the cell of its most severe finding), 1 more per matter rectified late; a finding overdue keeps a unit out of
   * 优秀, named by its kind; 优秀 ≤ 30 % within each group, rounded half up.
   */
  static final Plan DISTRICTS = compile("{'schema':'bizenv.methodology/1','id':'districts','name':{'en':'d'},"
      + "'scope':{'column':'kind','values':['district','county']},'nodes':["
      + "{'id':'district','points':80,'rules':[{'name':'bonus-deduction','items':["
      + "{'indicator':'findings.supervision.serious','amount':-2,'category':'s'},"
      + "{'indicator':'findings.supervision.general','amount':-1,'category':'s'},"
      + "{'indicator':'findings.supervision.minor','amount':-0.5,'category':'s'},"
      + "{'indicator':'findings.hotline.serious','amount':-1,'category':'s'},"
      + "{'indicator':'findings.hotline.general','amount':-0.5,'category':'s'},"
      + "{'indicator':'findings.hotline.minor','amount':-0.25,'category':'s'},"
      + "{'indicator':'findings.overdue','amount':-1,'category':'s'}],'categoryCaps':{'s':8},'floor':0},"
      + "{'name':'veto','effect':'exclude-top-band','any':["
      + "{'indicator':'findings.overdue.supervision','atLeast':1,'label':'督查问题逾期未整改'},"
      + "{'indicator':'findings.overdue.hotline','atLeast':1,'label':'12345投诉举报逾期未办结'}]}]},"
      + "{'id':'env','parent':'district','source':'env','normalizer':{'name':'goalposts','lower':0,'upper':100}}],"
      + "'ranking':{'groupColumn':'kind','on':'presented'},"
      + "'grades':{'bands':[{'name':'优秀','min':72},{'name':'良好','min':64},{'name':'一般','min':48},{'name':'较差'}],"
      + "'on':'presented','quota':{'band':'优秀','maxShare':0.3,'rounding':'round'}}}");

  /**
   * Quarterly progress: the share of led and of responsible tasks done or on track; units answering for fewer than 2
   * tasks are not praised; ranked apart by kind.
   */
  static final Plan QUARTERLY = compile("{'schema':'bizenv.methodology/1','id':'quarterly','name':{'en':'q'},"
      + "'scope':{'column':'kind','values':['department','district']},'nodes':["
      + "{'id':'q','missing':{'minShare':0.5},'rules':[{'name':'veto','effect':'exclude-top-band','any':["
      + "{'indicator':'tasks.total','atMost':1,'label':'承担任务不足2项'}]}]},"
      + "{'id':'led','parent':'q','name':{'zh':'牵头任务绿灯率'},'source':'lead.green-share',"
      + "'normalizer':{'name':'goalposts','lower':0,'upper':100}},"
      + "{'id':'resp','parent':'q','name':{'zh':'责任任务绿灯率'},'source':'resp.green-share',"
      + "'normalizer':{'name':'goalposts','lower':0,'upper':100}}],"
      + "'ranking':{'groupColumn':'kind','on':'presented'}}");
}
