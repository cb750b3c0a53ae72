package io.github.bizenv.scoring.workflow;

import static io.github.bizenv.scoring.live.EvaluationAssert.assertSameEvaluation;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.D;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.DEPARTMENTS;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.DISTRICTS;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.ENV;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.P;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.QUARTERLY;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.live.Change;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.ImmutableProgrammeData;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.testkit.ProgrammeGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The programme monitor: events by hand; seeded random arrivals against batch runs; threads; listeners. */
class ProgrammeMonitorTest {

  static final long BASE = Seeds.base("ProgrammeMonitorTest");

  /** A methodology over many facts columns, for randomly generated programmes. */
  static final Plan GENERIC = SeedRulesFixture.compile("{'schema':'bizenv.methodology/1','id':'generic',"
      + "'name':{'en':'g'},'nodes':[{'id':'root','missing':{'minShare':0.2},'rules':[{'name':'bonus-deduction',"
      + "'items':[{'indicator':'findings.supervision.serious','amount':-3},{'indicator':'findings.hotline.general',"
      + "'amount':-1},{'indicator':'findings.overdue','amount':-2},{'indicator':'adopted.national','amount':4},"
      + "{'indicator':'firsts.provincial','amount':1}],'floor':0},{'name':'veto','effect':'exclude-top-band',"
      + "'any':[{'indicator':'tasks.total','atMost':1}]},{'name':'override','any':[{'indicator':'eval.national-rank',"
      + "'atMost':3}],'grade':'A'}]},"
      + "{'id':'tasks','parent':'root','source':'lead.tasks','normalizer':{'name':'base-score'},'rules':["
      + "{'name':'bonus-deduction','items':[{'indicator':'lead.late.A','amount':-10},{'indicator':'lead.late.B',"
      + "'amount':-5},{'indicator':'lead.late.C','amount':-3},{'indicator':'lead.milestones-missed','amount':-1}],"
      + "'floor':0}]},"
      + "{'id':'green','parent':'root','source':'resp.green-share','normalizer':{'name':'goalposts','lower':0,"
      + "'upper':100}},"
      + "{'id':'ratings','parent':'root','source':'ratings.mean','normalizer':{'name':'min-max'}},"
      + "{'id':'on-time','parent':'root','source':'lead.on-time-rate','normalizer':{'name':'goalposts','lower':0,"
      + "'upper':100}}],"
      + "'ranking':{'groupColumn':'kind','on':'presented'},"
      + "'grades':{'bands':[{'name':'A','min':80},{'name':'B','min':50},{'name':'C'}],'on':'presented',"
      + "'quota':{'band':'A','maxShare':0.4,'rounding':'round'}}}");

  static ProgrammeMonitor fixtureMonitor() {
    return ProgrammeMonitor.builder(P).plan(DEPARTMENTS).plan(DISTRICTS).plan(QUARTERLY).extra(ENV).build();
  }

  static List<MonitorEvent> of(List<MonitorEvent> events, MonitorEvent.Kind kind, String subject) {
    return events.stream().filter(e -> e.kind() == kind && (subject.equals(e.task().orElse(null))
        || subject.equals(e.finding().orElse(null)) || (kind == MonitorEvent.Kind.STANDING && subject.equals(e.unit()))))
        .collect(Collectors.toList());
  }

  @Test
  void eventsByHand() {
    ProgrammeMonitor m = fixtureMonitor();
    List<MonitorEvent> events = new ArrayList<>();
    m.addListener(events::add);
    assertEquals(d(1, 1), m.today());
    // By 2-28 T1 should be 50 % done and T4's application should be in: neither is. Both turn red and get a reminder.
    m.advanceTo(d(2, 28));
    assertEquals(List.of("T1 not started → red"), statuses(events, "T1"));
    assertEquals(List.of("T4 not started → red"), statuses(events, "T4"));
    assertEquals(List.of("提醒 2021-02"), escalations(events, "T4"));
    // T4's application of 2-20 is only reported on 3-10: T4 now waits for the grant, which is not the city's to give.
    m.advanceTo(d(3, 10));
    m.submit(SeedRulesFixture.s("T4", "housing", d(2, 20), AuthorisationStep.APPLICATION_SUBMITTED));
    assertEquals(List.of("T4 not started → red", "T4 red → awaiting authorisation"), statuses(events, "T4"));
    // A 12345 report about c1 arrives on 8-1: the day moves to 8-1. T7's application, due 3-31, never came: red for
    // 6 months — every step of the ladder is reached, each with its month.
    events.clear();
    Finding f7 = D.findings().stream().filter(f -> f.id().equals("F7")).findFirst().orElseThrow();
    m.submit(f7);
    assertEquals(d(8, 1), m.today());
    assertEquals(List.of("提醒 2021-03", "催办 2021-04", "督办函 2021-05", "约谈 2021-06"), escalations(events, "T7"));
    // c1: 94 → 75.2 of 80, less 1 for a serious 12345 matter: 74.2; still the county's 优秀.
    Change c1 = of(events, MonitorEvent.Kind.STANDING, "c1").stream().filter(e -> e.plan().get().equals("districts"))
        .findFirst().orElseThrow().standing().orElseThrow();
    assertEquals(75.2, c1.scoreBefore().getAsDouble(), 1e-9);
    assertEquals(74.2, c1.scoreAfter().getAsDouble(), 1e-9);
    assertEquals(Optional.of("优秀"), c1.gradeAfter());
    // On 9-1 F7 is past its 8-31 deadline, unrectified: it becomes overdue; c1 loses 1 more (73.2) and, by the veto,
    // its 优秀 — which passes to c2, the other county (72.8).
    events.clear();
    m.advanceTo(d(9, 1));
    assertEquals(1, of(events, MonitorEvent.Kind.FINDING_OVERDUE, "F7").size());
    List<String> districts = events.stream().filter(e -> e.kind() == MonitorEvent.Kind.STANDING
        && e.plan().get().equals("districts")).map(e -> e.standing().get()).map(c -> c.unit() + " "
        + c.gradeBefore().orElse("-") + " → " + c.gradeAfter().orElse("-")).collect(Collectors.toList());
    assertEquals(List.of("c1 优秀 → 良好", "c2 良好 → 优秀"), districts);
    assertEquals(73.2, m.current().evaluation("districts").score("c1").getAsDouble(), 1e-9);
    // Events are numbered in order.
    for (int i = 1; i < events.size(); i++) {
      assertEquals(events.get(i - 1).sequence() + 1, events.get(i).sequence());
    }
    // What the monitor knew on 2-28 is a batch run on the records received by then: not T4's application, received
    // on 3-10 although dated 2-20.
    assertEquals(Status.RED, m.asOf(d(2, 28)).battleMap().task("T4").status());
    assertEquals(Status.AWAITING_AUTHORISATION, m.asOf(d(3, 10)).battleMap().task("T4").status());
    assertThrows(IllegalArgumentException.class, () -> m.asOf(d(9, 2)));
  }

  static List<String> statuses(List<MonitorEvent> events, String task) {
    return of(events, MonitorEvent.Kind.TASK_STATUS, task).stream().map(e -> task + " " + e.statusBefore().get().label()
        + " → " + e.statusAfter().get().label()).collect(Collectors.toList());
  }

  static List<String> escalations(List<MonitorEvent> events, String task) {
    return of(events, MonitorEvent.Kind.TASK_ESCALATED, task).stream().map(e -> e.escalation().get().toString())
        .collect(Collectors.toList());
  }

  @Test
  void anArrivalThatDoesNotFitChangesNothing() {
    ProgrammeMonitor m = fixtureMonitor();
    ValidationException e = assertThrows(ValidationException.class, () -> m.submit(Rating.builder().task("T1")
        .rater("amr").ratee("drc").score(90).date(d(3, 1)).build()));
    assertTrue(e.getMessage().contains("supporting unit"), e.getMessage());
    assertEquals(d(1, 1), m.today());
    assertEquals(0, m.data().ratings().size());
    ValidationException step = assertThrows(ValidationException.class, () -> m.submit(SeedRulesFixture.r("T4",
        "housing", d(3, 1), 50)));
    assertTrue(step.getMessage().contains("reported as a step"), step.getMessage());
  }

  /** Every record of a data document, one by one, with a rectification arriving as a second version. */
  static List<Object> records(ProgrammeData d, SplittableRandom r) {
    List<Object> out = new ArrayList<>();
    out.addAll(d.progressReports());
    out.addAll(d.ratings());
    for (Finding f : d.findings()) {
      if (f.rectified().isPresent() && r.nextBoolean()) {
        out.add(Finding.builder().from(f).rectified(Optional.empty()).build());
      }
      out.add(f);
    }
    out.addAll(d.recognitions());
    out.addAll(d.externalResults());
    out.addAll(d.observations());
    return out;
  }

  static void submit(ProgrammeMonitor m, Object r) {
    if (r instanceof ProgressReport) {
      m.submit((ProgressReport) r);
    } else if (r instanceof Rating) {
      m.submit((Rating) r);
    } else if (r instanceof Finding) {
      m.submit((Finding) r);
    } else if (r instanceof io.github.bizenv.scoring.model.Recognition) {
      m.submit((io.github.bizenv.scoring.model.Recognition) r);
    } else if (r instanceof io.github.bizenv.scoring.model.ExternalResult) {
      m.submit((io.github.bizenv.scoring.model.ExternalResult) r);
    } else {
      m.submit((Observation) r);
    }
  }

  static void batch(ProgrammeMonitor m, Programme p, List<Object> records, Runnable afterEach) {
    ImmutableProgrammeData.Builder b = ProgrammeData.builder().programme(p.id());
    Set<String> ids = new HashSet<>();
    for (Object r : records) {
      if (r instanceof ProgressReport) {
        b.addProgressReports((ProgressReport) r);
      } else if (r instanceof Rating) {
        b.addRatings((Rating) r);
      } else if (r instanceof Finding) {
        if (!ids.add(((Finding) r).id())) {
          submit(m, r);
          afterEach.run();
          continue;
        }
        b.addFindings((Finding) r);
      } else if (r instanceof io.github.bizenv.scoring.model.Recognition) {
        b.addRecognitions((io.github.bizenv.scoring.model.Recognition) r);
      } else if (r instanceof io.github.bizenv.scoring.model.ExternalResult) {
        b.addExternalResults((io.github.bizenv.scoring.model.ExternalResult) r);
      } else {
        b.addObservations((Observation) r);
      }
    }
    m.submitAll(b.build());
    afterEach.run();
  }

  /** The monitor's state against batch runs on its data as of its day. */
  static void assertEqualsBatch(ProgrammeMonitor m, Programme p, List<Observation> extra, String where) {
    MonitorSnapshot now = m.current();
    assertEquals(m.today(), now.date());
    BattleMap batchMap = BattleMap.at(p, now.data(), now.date(), DispatchRules.defaults());
    assertEquals(batchMap.tasks(), now.battleMap().tasks(), where + ": battle map");
    for (String plan : now.plans()) {
      Plan compiled = now.evaluation(plan).plan();
      assertSameEvaluation(Assessment.run(compiled, p, now.data(), now.date(), extra).evaluation(),
          now.evaluation(plan), where + ", " + plan);
    }
  }

  static void assertSameSnapshot(MonitorSnapshot expected, MonitorSnapshot actual, String where) {
    assertEquals(expected.date(), actual.date(), where);
    assertEquals(expected.battleMap().tasks(), actual.battleMap().tasks(), where + ": battle map");
    for (String plan : expected.plans()) {
      assertSameEvaluation(expected.evaluation(plan), actual.evaluation(plan), where + ", " + plan);
    }
  }

  @RepeatedTest(12)
  void randomArrivalsEqualBatchRuns(RepetitionInfo info) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      Programme p;
      ProgrammeData all;
      List<Observation> extra;
      ProgrammeMonitor m;
      if (r.nextBoolean()) {
        p = P;
        all = D;
        extra = ENV;
        m = fixtureMonitor();
      } else {
        ProgrammeGenerator g = ProgrammeGenerator.seeded(seed).size(12);
        p = g.programme();
        all = g.data(p);
        extra = List.of();
        m = ProgrammeMonitor.builder(p).plan(GENERIC).build();
      }
      List<Object> records = records(all, r);
      // Shuffle, keeping a finding's rectified version after its first one.
      Collections.shuffle(records, new Random(r.nextLong()));
      Map<String, Integer> firstSeen = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        if (records.get(i) instanceof Finding) {
          Finding f = (Finding) records.get(i);
          Integer j = firstSeen.putIfAbsent(f.id(), i);
          if (j != null && f.rectified().isEmpty()) {
            Collections.swap(records, i, j);
          }
        }
      }
      List<MonitorEvent> events = new ArrayList<>();
      Map<String, TaskStatus> initial = new HashMap<>();
      MonitorSnapshot first = m.current();
      first.battleMap().tasks().forEach(s -> initial.put(s.task().id(), s));
      m.addListener(events::add);
      Map<LocalDate, MonitorSnapshot> seen = new LinkedHashMap<>();
      int i = 0;
      while (i < records.size()) {
        int n = 1 + r.nextInt(3);
        List<Object> next = records.subList(i, Math.min(records.size(), i + n));
        if (next.size() == 1 || r.nextBoolean()) {
          // The state at the end of each day is what the monitor knew that day.
          next.forEach(x -> {
            submit(m, x);
            seen.put(m.today(), m.current());
          });
        } else {
          batch(m, p, next, () -> seen.put(m.today(), m.current()));
        }
        i += next.size();
        if (r.nextInt(5) == 0) {
          m.advanceTo(m.today().plusDays(r.nextInt(40)));
        }
        assertEqualsBatch(m, p, extra, "after " + i + " records");
        seen.put(m.today(), m.current());
      }
      for (Map.Entry<LocalDate, MonitorSnapshot> e : seen.entrySet()) {
        assertSameSnapshot(m.asOf(e.getKey()), e.getValue(), "as of " + e.getKey());
      }
      assertEventsChain(first, m.current(), initial, events);
    });
  }

  /**
   * Every event once, numbered 1..n; per task, each status change starts where the previous one ended; per unit and
   * assessment, each standing change likewise; every finding overdue now was announced exactly once.
   */
  static void assertEventsChain(MonitorSnapshot first, MonitorSnapshot last, Map<String, TaskStatus> initial,
      List<MonitorEvent> events) {
    for (int k = 0; k < events.size(); k++) {
      assertEquals(events.get(0).sequence() + k, events.get(k).sequence(), "events numbered in order");
    }
    Map<String, Status> status = new HashMap<>();
    initial.forEach((t, s) -> status.put(t, s.status()));
    Map<String, List<Object>> standing = new HashMap<>();
    Set<String> overdue = new HashSet<>();
    for (MonitorEvent e : events) {
      switch (e.kind()) {
        case TASK_STATUS:
          assertEquals(status.get(e.task().get()), e.statusBefore().get(), e.toString());
          status.put(e.task().get(), e.statusAfter().get());
          break;
        case FINDING_OVERDUE:
          assertTrue(overdue.add(e.finding().get()), "announced once: " + e);
          break;
        case STANDING:
          Change c = e.standing().get();
          String key = e.plan().get() + "/" + c.unit();
          List<Object> before = standing.computeIfAbsent(key, k -> state(first, e.plan().get(), c.unit()));
          assertEquals(before, List.of(c.scoreBefore(), c.rankBefore(), c.gradeBefore()), e.toString());
          standing.put(key, List.of(c.scoreAfter(), c.rankAfter(), c.gradeAfter()));
          break;
        default:
          break;
      }
    }
    last.battleMap().tasks().forEach(s -> assertEquals(s.status(), status.get(s.task().id()), s.task().id()));
    for (String plan : last.plans()) {
      for (String u : last.evaluation(plan).units()) {
        assertEquals(state(last, plan, u), standing.getOrDefault(plan + "/" + u, state(first, plan, u)), plan + "/" + u);
      }
    }
    Set<String> overdueNow = last.data().findings().stream().filter(f -> !f.found().isAfter(last.date())
        && !f.rectifiedInTime(last.date())).map(Finding::id).collect(Collectors.toSet());
    Set<String> overdueAtStart = first.data().findings().stream().filter(f -> !f.rectifiedInTime(first.date()))
        .map(Finding::id).collect(Collectors.toSet());
    overdueNow.removeAll(overdueAtStart);
    assertTrue(overdue.containsAll(overdueNow), "every finding overdue now was announced: " + overdueNow + " " + overdue);
  }

  static List<Object> state(MonitorSnapshot s, String plan, String unit) {
    io.github.bizenv.scoring.engine.Evaluation e = s.evaluation(plan);
    return e.units().contains(unit) ? List.of(e.score(unit), e.rank(unit), e.grade(unit))
        : List.of(java.util.OptionalDouble.empty(), java.util.OptionalInt.empty(), Optional.empty());
  }

  @Test
  void eightThreadsSubmittingAtOnceLoseNothing() throws Exception {
    ProgrammeGenerator g = ProgrammeGenerator.seeded(8).size(40);
    Programme p = g.programme();
    ProgrammeData all = g.data(p);
    ProgrammeMonitor m = ProgrammeMonitor.builder(p).plan(GENERIC).build();
    List<Object> records = records(all, new SplittableRandom(8));
    List<List<Object>> shares = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      shares.add(new ArrayList<>());
    }
    // Each finding's versions go to one thread, in order.
    Map<String, Integer> owner = new HashMap<>();
    for (int k = 0; k < records.size(); k++) {
      Object x = records.get(k);
      int t = x instanceof Finding ? owner.computeIfAbsent(((Finding) x).id(), id -> owner.size() % 8) : k % 8;
      shares.get(t).add(x);
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (List<Object> share : shares) {
      done.add(pool.submit(() -> {
        go.await();
        share.forEach(x -> submit(m, x));
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    ProgrammeData got = m.data();
    assertEquals(new HashSet<>(all.progressReports()), new HashSet<>(got.progressReports()));
    assertEquals(all.progressReports().size(), got.progressReports().size());
    assertEquals(all.ratings().size(), got.ratings().size());
    assertEquals(new HashSet<>(all.findings()), new HashSet<>(got.findings()), "the last version of each finding");
    assertEquals(all.recognitions().size(), got.recognitions().size());
    assertEquals(all.externalResults().size(), got.externalResults().size());
    assertEquals(new HashSet<>(all.observations()), new HashSet<>(got.observations()));
    assertEqualsBatch(m, p, List.of(), "after 8 threads");
  }
}
