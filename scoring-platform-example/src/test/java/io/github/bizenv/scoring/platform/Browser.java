package io.github.bizenv.scoring.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven through the DevTools protocol over a loopback WebSocket (java.net.http; no driver, no
 * download): opens a page, collects console errors and uncaught exceptions, evaluates scripts, takes screenshots
 * and prints to PDF. Started with the flags this machine needs (no network, no sandbox as root, a fresh profile).
 * A copy of scoring-reports' test helper, opening addresses rather than files.
 */
final class Browser implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENDPOINT = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final List<CompletableFuture<Void>> loads = Collections.synchronizedList(new ArrayList<>());
  private String session;

  /** The Chromium to use: $BIZENV_CHROMIUM, else Debian's /usr/bin/chromium, else none. */
  static Optional<Path> find() {
    String given = System.getenv("BIZENV_CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(p))) {
        return Optional.of(Path.of(p));
      }
    }
    return Optional.empty();
  }

  Browser(Path chromium, int width, int height) throws Exception {
    profile = Files.createTempDirectory("bizenv-chromium-");
    process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--font-render-hinting=none",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String endpoint = endpoint();
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint), new Listener())
        .get(30, TimeUnit.SECONDS);
    String target = call(null, "Target.createTarget", JSON.createObjectNode().put("url", "about:blank"))
        .path("targetId").asText();
    session = call(null, "Target.attachToTarget", JSON.createObjectNode().put("targetId", target).put("flatten", true))
        .path("sessionId").asText();
    call("Runtime.enable", JSON.createObjectNode());
    call("Log.enable", JSON.createObjectNode());
    call("Page.enable", JSON.createObjectNode());
    call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", width).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", false));
  }

  private String endpoint() throws Exception {
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> found = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = err.readLine()) != null) {
          Matcher m = ENDPOINT.matcher(line);
          if (m.find()) {
            found.complete(m.group(1));
          } else if (!found.isDone() && seen.length() < 4000) {
            seen.append(line).append('\n');
          }
        }
        found.completeExceptionally(new IllegalStateException("Chromium ended without a DevTools endpoint:\n" + seen));
      } catch (IOException e) {
        found.completeExceptionally(e);
      }
    }, "chromium-stderr");
    t.setDaemon(true);
    t.start();
    return found.get(60, TimeUnit.SECONDS);
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        try {
          handle(JSON.readTree(text));
        } catch (IOException e) {
          errors.add("unreadable DevTools message: " + e.getMessage());
        }
      }
      ws.request(1);
      return null;
    }
  }

  private void handle(JsonNode m) {
    if (m.has("id")) {
      CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
      if (f != null) {
        if (m.has("error")) {
          f.completeExceptionally(new IllegalStateException(m.get("error").toString()));
        } else {
          f.complete(m.path("result"));
        }
      }
      return;
    }
    String method = m.path("method").asText();
    JsonNode p = m.path("params");
    switch (method) {
      case "Runtime.consoleAPICalled":
        String type = p.path("type").asText();
        if (type.equals("error") || type.equals("assert")) {
          StringBuilder sb = new StringBuilder("console." + type + ":");
          p.path("args").forEach(a -> sb.append(' ').append(a.path("value").asText(a.path("description").asText())));
          errors.add(sb.toString());
        }
        break;
      case "Runtime.exceptionThrown":
        JsonNode d = p.path("exceptionDetails");
        errors.add("uncaught: " + d.path("exception").path("description").asText(d.path("text").asText()));
        break;
      case "Log.entryAdded":
        if (p.path("entry").path("level").asText().equals("error")) {
          errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText(""));
        }
        break;
      case "Page.loadEventFired":
        synchronized (loads) {
          loads.forEach(f -> f.complete(null));
          loads.clear();
        }
        break;
      default:
    }
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    return call(session, method, params);
  }

  private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params);
    if (sessionId != null) {
      msg.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    socket.sendText(JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
    return f.get(120, TimeUnit.SECONDS);
  }

  /** Opens an address and waits for its load event; errors collected so far are cleared first. */
  void open(String url) throws Exception {
    errors.clear();
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    loads.add(loaded);
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    loaded.get(60, TimeUnit.SECONDS);
  }

  /** Evaluates an expression and returns its value (a string, number or boolean as JSON). */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.path("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  /** Console errors, uncaught exceptions and error log entries since the page was opened. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  /** A PNG of the page from the top, {@code height} CSS pixels tall at most. */
  byte[] screenshot(int width, int height) throws Exception {
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", width).put("height", height)
        .put("scale", 1);
    ObjectNode p = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    p.set("clip", clip);
    return Base64.getDecoder().decode(call("Page.captureScreenshot", p).path("data").asText());
  }

  @Override
  public void close() throws IOException {
    try {
      socket.abort();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
