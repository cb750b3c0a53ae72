package io.github.bizenv.scoring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.ImmutableProgrammeData;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.spring.CompiledMethodologies;
import io.github.bizenv.scoring.spring.LiveProgramme;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.MonitorSnapshot;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform end to end, over HTTP, on the Sample City: one platform (H2 in a temporary folder) serves the tests in
 * order, because starting one is the expensive part. Refusals first (403 audited, 400 with the pointer) while the
 * store is empty; then the first half-year from 8 concurrent clients, which must end where a batch evaluation of the
 * same records ends; then the second half-year from 8 clients again, with the platform stopped and started anew in
 * the middle — every record acknowledged is there after the restart, none twice, and the end equals the batch
 * evaluation of the whole year; last, in headless Chromium, the live page turning a task red within a second of the
 * report that makes it red.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Programme PROGRAMME = SampleCity.programme();
  static final List<Observation> DISTRICTS = SampleCity.districts(PROGRAMME);
  static final LocalDate MID = LocalDate.of(2021, 6, 30);
  static final int CLIENTS = 8;

  static Path dir;
  static int port;
  static volatile ConfigurableApplicationContext app;
  static HttpClient http;
  static final List<Replay.Arrival> SENT = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    dir = Files.createTempDirectory("bizenv-platform-");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    app = start(dir, port);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  static ConfigurableApplicationContext start(Path dir, int port) {
    return new SpringApplicationBuilder(PlatformApplication.class).run("--server.port=" + port,
        "--bizenv.platform.data-dir=" + dir, "--bizenv.platform.push=100ms", "--logging.level.root=WARN",
        "--logging.level.io.github.bizenv=WARN");
  }

  @AfterAll
  static void stop() throws IOException {
    if (app != null) {
      app.close();
    }
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  static URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  static HttpResponse<String> post(String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode get(String path, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  static Task task(java.util.function.Predicate<Task> p) {
    return PROGRAMME.tasks().stream().filter(p).findFirst().orElseThrow();
  }

  @Test
  @Order(1)
  void aUnitSubmittingForAnotherUnitsTaskIsRefusedAndAudited() throws Exception {
    Task task = task(t -> !t.legalAuthorisation() && !t.lead().equals("eco"));
    String body = "{\"task\":\"" + task.id() + "\",\"unit\":\"eco\",\"date\":\"2021-02-28\",\"progress\":60}";
    HttpResponse<String> r = post("/api/progress-reports", "demo-eco", body);
    assertEquals(403, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(r.body());
    assertTrue(problem.path("detail").asText().contains("does not lead task " + task.id()), r.body());
    assertTrue(problem.path("detail").asText().contains("\"" + task.lead() + "\""), "names the lead: " + r.body());

    // A unit records no findings: that is the office's (营商办).
    HttpResponse<String> f = post("/api/findings", "demo-eco", "{\"id\":\"F900\",\"kind\":\"hotline-complaint\","
        + "\"unit\":\"eco\",\"severity\":\"minor\",\"found\":\"2021-02-01\",\"description\":{\"zh\":\"测试\"}}");
    assertEquals(403, f.statusCode(), f.body());
    // Without a token of an account: 401, audited too.
    assertEquals(401, post("/api/progress-reports", "demo-nobody", body).statusCode());

    JsonNode audit = get("/api/audit?limit=10", "demo-office");
    JsonNode denied = find(audit, e -> e.path("outcome").asText().equals("DENIED")
        && e.path("subject").asText().equals(task.id()));
    assertEquals("eco", denied.path("account").asText());
    assertEquals(403, denied.path("status").asInt());
    assertEquals("POST /api/progress-reports", denied.path("action").asText());
    assertFalse(denied.path("at").asText().isEmpty());
    assertTrue(denied.path("body").asText().contains(task.id()), "what was attempted is kept");
    assertNotNull(find(audit, e -> e.path("outcome").asText().equals("DENIED")
        && e.path("subject").asText().equals("F900")));
    assertNotNull(find(audit, e -> e.path("outcome").asText().equals("UNAUTHENTICATED")));
    // A unit does not read the audit log.
    HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(url("/api/audit"))
        .header("Authorization", "Bearer demo-eco").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, forbidden.statusCode());
    assertEquals(0, get("/actuator/health", null).path("components").path("platform").path("details")
        .path("stored").asInt(), "nothing refused was stored");
  }

  static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> p) {
    for (JsonNode e : array) {
      if (p.test(e)) {
        return e;
      }
    }
    throw new AssertionError("no such entry in " + array);
  }

  @Test
  @Order(2)
  void badJsonGets400WithTheProblemsPointer() throws Exception {
    Task task = task(t -> !t.legalAuthorisation());
    String token = "demo-" + task.lead();
    HttpResponse<String> wrongType = post("/api/progress-reports", token, "{\"task\":\"" + task.id()
        + "\",\"unit\":\"" + task.lead() + "\",\"date\":\"2021-02-28\",\"progress\":\"eighty\"}");
    assertEquals(400, wrongType.statusCode(), wrongType.body());
    JsonNode p = JSON.readTree(wrongType.body()).path("problems").get(0);
    assertEquals("/progress", p.path("pointer").asText(), wrongType.body());

    HttpResponse<String> broken = post("/api/progress-reports", token, "{\"task\":\"" + task.id()
        + "\",\"unit\":\"" + task.lead() + "\",\n\"date\":\"2021-02-28\",\"progress\": 80,,}");
    assertEquals(400, broken.statusCode(), broken.body());
    JsonNode s = JSON.readTree(broken.body()).path("problems").get(0);
    assertEquals("syntax", s.path("code").asText());
    assertEquals("/progress", s.path("pointer").asText(), "where it broke: " + broken.body());
    assertTrue(s.path("message").asText().startsWith("line 2, column "), broken.body());

    HttpResponse<String> unknown = post("/api/ratings", token, "{\"task\":\"T999\",\"rater\":\"" + task.lead()
        + "\",\"ratee\":\"x\",\"score\":101,\"date\":\"2021-02-28\"}");
    assertEquals(400, unknown.statusCode(), unknown.body());
    List<String> pointers = new ArrayList<>();
    JSON.readTree(unknown.body()).path("problems").forEach(x -> pointers.add(x.path("pointer").asText()));
    assertTrue(pointers.contains("/task") && pointers.contains("/score"), "every problem: " + unknown.body());

    JsonNode audit = get("/api/audit?limit=5", "demo-office");
    assertEquals("INVALID", audit.get(0).path("outcome").asText());
    assertEquals(400, audit.get(0).path("status").asInt());
  }

  @Test
  @Order(3)
  void eightConcurrentClientsEndEqualToABatchEvaluation() throws Exception {
    List<Replay.Arrival> half = Replay.sample(PROGRAMME.period().start(), MID);
    send(half, null);
    SENT.addAll(half);
    assertEqualsBatch(app, SENT);
    assertEquals(SENT.size(), get("/actuator/health", null).path("components").path("platform").path("details")
        .path("stored").asInt());
  }

  @Test
  @Order(4)
  void aRestartInTheMiddleOfAReplayLosesNothing() throws Exception {
    List<Replay.Arrival> rest = Replay.sample(MID.plusDays(1), PROGRAMME.period().end());
    AtomicInteger restarted = new AtomicInteger();
    send(rest, acknowledged -> {
      if (acknowledged == rest.size() / 2 && restarted.getAndIncrement() == 0) {
        app.close();
        app = start(dir, port);
      }
    });
    assertEquals(1, restarted.get());
    SENT.addAll(rest);
    assertEqualsBatch(app, SENT);
    JsonNode health = get("/actuator/health", null).path("components").path("platform").path("details");
    long distinct = SENT.stream().map(Replay.Arrival::key).distinct().count();
    assertEquals(distinct, health.path("stored").asInt(), "every record once (the tables of observations, sent "
        + "again, are taken once by their keys): " + health);
    assertTrue(health.path("replayed").asInt() >= MID.getDayOfYear() / 2, "the store was replayed: " + health);
  }

  /**
   * Sends arrivals from 8 clients at once, each the records of its accounts in date order (the office's — findings
   * and their rectifications — all from one client, so that versions of a finding stay in order); {@code each} is
   * told the count of acknowledgements, from the thread that got one.
   */
  static void send(List<Replay.Arrival> arrivals, java.util.function.IntConsumer each) throws Exception {
    Map<String, Integer> client = new LinkedHashMap<>();
    List<List<Replay.Arrival>> queues = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      queues.add(new ArrayList<>());
    }
    client.put(Accounts.OFFICE, 0);
    for (Replay.Arrival a : arrivals) {
      int c = client.computeIfAbsent(a.account(), k -> 1 + (client.size() - 1) % (CLIENTS - 1));
      queues.get(c).add(a);
    }
    AtomicInteger acknowledged = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (List<Replay.Arrival> q : queues) {
        done.add(pool.submit(() -> {
          HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
          for (Replay.Arrival a : q) {
            HttpResponse<String> r = Replay.send(own, url(""), a, Accounts.DEMO_PREFIX + a.account(),
                Duration.ofMinutes(2));
            assertTrue(r.statusCode() == 201 || r.statusCode() == 200, a + ": " + r.statusCode() + " " + r.body());
            int n = acknowledged.incrementAndGet();
            if (each != null) {
              each.accept(n);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(arrivals.size(), acknowledged.get());
  }

  /** The monitor's standings equal a batch evaluation of the records sent, as of the monitor's day. */
  static void assertEqualsBatch(ConfigurableApplicationContext app, List<Replay.Arrival> sent) {
    LiveProgramme live = app.getBean(LiveProgramme.class);
    MonitorSnapshot now = live.monitor().current();
    ProgrammeData expected = data(sent);
    LocalDate day = now.date();
    assertEquals(expected.progressReports().size(), now.data().progressReports().size());
    assertEquals(expected.ratings().size(), now.data().ratings().size());
    assertEquals(expected.findings(), now.data().findings().stream()
        .sorted(Comparator.comparing(Finding::id)).toList());
    assertEquals(expected.observations().size(), now.data().observations().size());
    BattleMap batch = BattleMap.at(PROGRAMME, expected, day, DispatchRules.defaults());
    assertEquals(batch.tasks(), now.battleMap().tasks());
    CompiledMethodologies methodologies = app.getBean(CompiledMethodologies.class);
    for (String id : now.plans()) {
      Plan plan = methodologies.plan(id);
      Evaluation b = Assessment.run(plan, PROGRAMME, expected, day, DISTRICTS).evaluation();
      Evaluation l = now.evaluation(id);
      assertEquals(b.units(), l.units(), id);
      for (String u : b.units()) {
        assertEquals(b.score(u).isPresent(), l.score(u).isPresent(), id + " " + u);
        if (b.score(u).isPresent()) {
          assertEquals(b.score(u).getAsDouble(), l.score(u).getAsDouble(), 1e-9, id + " " + u);
        }
        assertEquals(b.rank(u), l.rank(u), id + " " + u);
        assertEquals(b.grade(u), l.grade(u), id + " " + u);
      }
    }
  }

  /** The records sent, as one data document: the last version of each finding. */
  static ProgrammeData data(List<Replay.Arrival> sent) {
    RecordReader reader = new RecordReader(PROGRAMME);
    ImmutableProgrammeData.Builder b = ProgrammeData.builder().programme(PROGRAMME.id());
    Map<String, Finding> findings = new java.util.TreeMap<>();
    Map<String, Observation> observations = new LinkedHashMap<>();
    for (Replay.Arrival a : sent) {
      Object r = reader.read(a.kind(), a.body()).record();
      switch (a.kind()) {
        case PROGRESS_REPORT -> b.addProgressReports((io.github.bizenv.scoring.model.ProgressReport) r);
        case RATING -> b.addRatings((io.github.bizenv.scoring.model.Rating) r);
        case FINDING -> findings.put(((Finding) r).id(), (Finding) r);
        case RECOGNITION -> b.addRecognitions((io.github.bizenv.scoring.model.Recognition) r);
        case EXTERNAL_RESULT -> b.addExternalResults((io.github.bizenv.scoring.model.ExternalResult) r);
        case OBSERVATION -> {
          Observation o = (Observation) r;
          observations.put(o.unit() + " " + o.indicator() + " " + o.period(), o);
        }
        case DAY -> { }
      }
    }
    return b.findings(findings.values()).observations(observations.values()).build();
  }

  @Test
  @Order(5)
  void theLivePageShowsATaskTurningRedWithinASecondOfTheReport() throws Exception {
    Optional<Path> chromium = Browser.find();
    assumeTrue(chromium.isPresent(), "skipped: no Chromium at /usr/bin/chromium — install Debian's chromium "
        + "(apt-get install chromium) or set BIZENV_CHROMIUM; the live page was not opened in a browser");
    Browser browser;
    try {
      browser = new Browser(chromium.get(), 1400, 1000);
    } catch (Exception e) {
      if (System.getenv("BIZENV_CHROMIUM") != null) {
        throw e;
      }
      assumeTrue(false, "skipped: Chromium at " + chromium.get() + " did not start (" + e.getMessage() + ")");
      return;
    }
    try (browser) {
      LiveProgramme live = app.getBean(LiveProgramme.class);
      LocalDate day = live.monitor().today();
      TaskStatus done = live.monitor().current().battleMap().tasks().stream()
          .filter(s -> s.status() == Status.DONE && !s.task().legalAuthorisation()
              && s.task().deadline().isBefore(day))
          .findFirst().orElseThrow();
      String id = done.task().id();
      TaskStatus other = live.monitor().current().battleMap().tasks().stream()
          .filter(s -> s.status() == Status.DONE && !s.task().legalAuthorisation() && s != done)
          .findFirst().orElseThrow();
      browser.open(url("/?lang=zh").toString());
      String ready = browser.eval("new Promise(r => { const t0 = Date.now(); (function poll() { "
          + "if (document.body.dataset.day || Date.now() - t0 > 20000) r(document.body.dataset.day || 'none'); "
          + "else setTimeout(poll, 20); })(); })").asText();
      assertEquals(day.toString(), ready, "the page shows the monitor's day");
      assertEquals("DONE", browser.eval(status(id)).asText(), id + " is done before the report");
      // A first report, not measured, warms up the platform and the page after the restart: the figure is the
      // platform's steady pace, not its first minute's.
      String before = browser.eval("String(document.body.dataset.stored)").asText();
      assertEquals(201, post("/api/progress-reports", "demo-" + other.task().lead(), "{\"task\":\""
          + other.task().id() + "\",\"unit\":\"" + other.task().lead() + "\",\"date\":\"" + day
          + "\",\"progress\":100}").statusCode());
      browser.eval("new Promise(r => { const t0 = Date.now(); (function poll() { if (document.body.dataset.stored "
          + "!== '" + before + "' || Date.now() - t0 > 10000) r(true); else setTimeout(poll, 20); })(); })");
      Thread.sleep(500);
      // The moment the task's row enters the red list, as the page changes (a mutation observer runs right after the
      // change, before the browser paints); the chart's cell is looked at then too.
      browser.eval("window.__red = null; window.__cell = null; new MutationObserver((ms, o) => { "
          + "if (!window.__red && document.querySelector('#red-list tr[data-task=\"" + id + "\"]')) { "
          + "window.__red = Date.now(); window.__cell = " + status(id) + "; o.disconnect(); } })"
          + ".observe(document.getElementById('red-list'), {childList: true, subtree: true}); true");
      long sent = System.currentTimeMillis();
      HttpResponse<String> r = post("/api/progress-reports", "demo-" + done.task().lead(), "{\"task\":\"" + id
          + "\",\"unit\":\"" + done.task().lead() + "\",\"date\":\"" + day + "\",\"progress\":50,"
          + "\"evidence\":{\"zh\":\"复核发现尚未全面落地\"}}");
      long acknowledged = System.currentTimeMillis();
      assertEquals(201, r.statusCode(), r.body());
      assertEquals(Status.RED, live.monitor().status(id).status(), "past its deadline and half done: red");
      long red = browser.eval("new Promise(r => { const t0 = Date.now(); (function poll() { "
          + "if (window.__red || Date.now() - t0 > 5000) r(window.__red || 0); else setTimeout(poll, 10); })(); })")
          .asLong();
      assertTrue(red > 0, id + " never turned red on the page");
      assertEquals("RED", browser.eval("window.__cell").asText(), "the battle map's cell is red with the row");
      long elapsed = red - sent;
      System.out.println("PlatformTest: " + id + " turned red on the live page " + elapsed
          + " ms after its report was sent (acknowledged after " + (acknowledged - sent) + " ms, the view received "
          + "after " + (browser.eval("window.bizenvReceived").asLong() - sent) + " ms and drawn after "
          + (browser.eval("window.bizenvRendered").asLong() - sent) + " ms)");
      assertTrue(elapsed < 1000, id + " turned red " + elapsed + " ms after its report");
      assertTrue(browser.eval("document.querySelector('#alerts li[data-task=\"" + id + "\"]') !== null").asBoolean(),
          "the alert is listed");
      Thread.sleep(300);
      assertEquals(List.of(), browser.errors(), "no console errors");
      Path shots = Path.of("target", "screenshots");
      Files.createDirectories(shots);
      int height = browser.eval("document.documentElement.scrollHeight").asInt();
      Files.write(shots.resolve("live-zh.png"), browser.screenshot(1400, Math.min(height, 4000)));
      browser.open(url("/?lang=en").toString());
      browser.eval("new Promise(r => { const t0 = Date.now(); (function poll() { if (document.body.dataset.day "
          + "|| Date.now() - t0 > 20000) r(true); else setTimeout(poll, 20); })(); })");
      Thread.sleep(300);
      assertEquals(List.of(), browser.errors(), "no console errors in English");
      Files.write(shots.resolve("live-en.png"), browser.screenshot(1400, Math.min(height, 4000)));
    }
  }

  /** A script giving a task's light as the battle-map chart draws it. */
  static String status(String task) {
    return "(echarts.getInstanceByDom(document.getElementById('task-map')).getOption().series[0].data"
        + ".find(d => d.name.startsWith('" + task + " ')) || {}).status";
  }
}
