package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.reports.LiveCharts;
import io.github.bizenv.scoring.spring.LiveProgramme;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The live page (zh by default, {@code ?lang=en}) and the ECharts bundle it draws with. */
@RestController
class PageController {

  private static final String TEMPLATE = resource("live.html");
  private final LiveProgramme live;
  private final byte[] echarts = LiveCharts.script().getBytes(StandardCharsets.UTF_8);

  PageController(LiveProgramme live) {
    this.live = live;
  }

  @GetMapping(path = {"/", "/live"}, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
    Locale language = ApiController.language(lang);
    Texts t = LiveView.texts(language);
    boolean zh = t.isChinese();
    String html = TEMPLATE
        .replace("{{lang}}", zh ? "zh-CN" : "en")
        .replace("{{language}}", zh ? "zh" : "en")
        .replace("{{other}}", zh ? "en" : "zh")
        .replace("{{title}}", esc(LiveView.word(language, "page.title", t.name(live.programme().name()))))
        .replace("{{subtitle}}", esc(LiveView.word(language, "page.subtitle",
            t.name(live.programme().benchmark().jurisdiction()))));
    for (String key : new String[] {"page.language", "page.connected", "page.disconnected", "page.footer",
        "section.tasks", "section.tasks.note", "section.red", "section.alerts", "section.alerts.none",
        "section.months"}) {
      html = html.replace("{{" + key + "}}", esc(LiveView.word(language, key)));
    }
    html = html.replace("{{legend}}", esc(t.get("Status.legend")));
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.TEXT_HTML).body(html);
  }

  @GetMapping(path = "/assets/echarts.min.js", produces = "text/javascript")
  ResponseEntity<byte[]> echarts() {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(echarts);
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = PageController.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
