package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bizenv.scoring.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens every kind of report in headless Chromium as a reader would: the page must draw every chart (none empty),
 * log no console error and throw nothing. Screenshots of each page (and the quarterly page printed to A4) are saved
 * under {@code target/screenshots/} for a reviewer to look at.
 *
 * <p>Needs Debian's {@code chromium} ({@code .ci/run} installs it). Without it the test is skipped, saying so; when
 * {@code BIZENV_CHROMIUM} names a browser (as {@code .ci/run} does) a browser that cannot start fails the test.
 */
class PagesInBrowserTest {

  static final Path SHOTS = Path.of("target", "screenshots");
  static final int WIDTH = 1200;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium = Browser.find();
    assumeTrue(chromium.isPresent(), "skipped: no Chromium at /usr/bin/chromium — install Debian's chromium "
        + "(apt-get install chromium) or set BIZENV_CHROMIUM; the reports were not opened in a browser");
    try {
      browser = new Browser(chromium.get(), WIDTH, 900);
    } catch (Exception e) {
      if (System.getenv("BIZENV_CHROMIUM") != null) {
        throw e;
      }
      assumeTrue(false, "skipped: Chromium at " + chromium.get() + " did not start (" + e.getMessage() + ")");
    }
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Opens a page, checks its charts and errors, saves a screenshot; returns the page's height. */
  static int check(Page page, String name) throws Exception {
    Path file = SHOTS.resolve(name + ".html");
    page.write(file);
    browser.open(file);
    JsonNode ready = browser.eval("new Promise(r => { const t0 = Date.now(); (function poll() { "
        + "const v = document.body.getAttribute('data-charts-ready'); if (v !== null || Date.now() - t0 > 20000) "
        + "r(v); else setTimeout(poll, 50); })(); })");
    assertEquals(String.valueOf(page.chartCount()), ready.asText(), name + ": charts drawn");
    String report = browser.eval("JSON.stringify(Array.from(document.querySelectorAll('.chart')).map(el => { "
        + "const svg = el.querySelector('svg'); return {id: el.id, points: +el.dataset.points, "
        + "instance: !!echarts.getInstanceByDom(el), width: el.clientWidth, height: el.clientHeight, "
        + "drawn: svg ? svg.querySelectorAll('path, rect, text').length : 0}; }))").asText();
    JsonNode charts = new ObjectMapper().readTree(report);
    assertEquals(page.chartCount(), charts.size(), name + ": chart containers");
    List<String> empty = new ArrayList<>();
    for (JsonNode c : charts) {
      if (!c.path("instance").asBoolean() || c.path("points").asInt() == 0 || c.path("drawn").asInt() < 5
          || c.path("width").asInt() < 100 || c.path("height").asInt() < 100) {
        empty.add(c.toString());
      }
    }
    assertTrue(empty.isEmpty(), name + ": empty charts " + empty);
    List<String> errors = browser.errors();
    if (!errors.isEmpty()) {
      fail(name + ": the browser reported errors: " + errors);
    }
    int height = browser.eval("document.documentElement.scrollHeight").asInt();
    Files.write(SHOTS.resolve(name + ".png"), browser.screenshot(WIDTH, Math.min(height, 2400)));
    return height;
  }

  @Test
  void quarterly() throws Exception {
    check(Fixtures.quarterlyPage(Texts.chinese()), "quarterly.zh");
    Files.write(SHOTS.resolve("quarterly.zh.pdf"), browser.pdf());
    assertTrue(browser.errors().isEmpty(), "printing: " + browser.errors());
  }

  @Test
  void quarterlyInEnglish() throws Exception {
    check(Fixtures.quarterlyPage(Texts.english()), "quarterly.en");
  }

  @Test
  void yearEnd() throws Exception {
    check(Fixtures.yearEndPage(Texts.chinese()), "year-end.zh");
  }

  @Test
  void gap() throws Exception {
    check(Fixtures.gapPage(Texts.chinese()), "gap.zh");
  }

  @Test
  void index() throws Exception {
    Fixtures.assumeAsem();
    check(Fixtures.indexPage(Texts.english()), "index.en");
  }
}
