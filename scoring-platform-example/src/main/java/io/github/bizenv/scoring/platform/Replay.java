package io.github.bizenv.scoring.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Programme;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Replays the Sample City's year into a running platform over its HTTP API, at speed, as the units would have sent it:
 * each lead unit its progress reports and ratings with its own token, the office (营商办) the findings — first as
 * found, then again when rectified — the recognitions, the outside results and the observations. Records are sent in
 * the order of their dates, the year compressed into {@code --seconds}. Each carries an idempotency key, so a replay
 * that is stopped, or that meets a platform restarting, can be run again and sends nothing twice; a record the platform
 * cannot reach is retried for a minute.
 *
 * <pre>
 * java -jar scoring-platform.jar replay [--url http://localhost:8080] [--seconds 60] [--from 2021-01-01]
 *     [--to 2021-12-31] [--tokens tokens.properties]
 * </pre>
 *
 * <p>Without {@code --tokens} it uses the demonstration tokens ({@code demo-UNIT}, {@code demo-office}); a tokens file
 * has one {@code account=token} line per account.
 */
final class Replay {

  /** One record to send: when, where, as whom, what. */
  record Arrival(LocalDate date, Kind kind, String account, String body, String key) {}

  private Replay() {}

  static int run(String[] args) {
    PrintStream out = System.out;
    URI url = URI.create("http://localhost:8080");
    double seconds = 60;
    Programme programme = SampleCity.programme();
    LocalDate from = programme.period().start();
    LocalDate to = programme.period().end();
    Path tokens = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (a) {
          case "--url" -> url = URI.create(stripSlash(need(a, v)));
          case "--seconds" -> seconds = Double.parseDouble(need(a, v));
          case "--from" -> from = LocalDate.parse(need(a, v));
          case "--to" -> to = LocalDate.parse(need(a, v));
          case "--tokens" -> tokens = Path.of(need(a, v));
          case "--help", "-h" -> {
            out.println("usage: replay [--url URL] [--seconds N] [--from DATE] [--to DATE] [--tokens FILE]");
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown option " + a + "; see --help");
        }
        i++;
      }
    } catch (RuntimeException e) {
      System.err.println("replay: " + e.getMessage());
      return 2;
    }
    Function<String, String> token;
    if (tokens != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(tokens, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        System.err.println("replay: cannot read " + tokens + ": " + e.getMessage());
        return 2;
      }
      token = p::getProperty;
    } else {
      token = account -> Accounts.DEMO_PREFIX + account;
    }
    List<Arrival> arrivals = sample(from, to);
    out.printf("replay: %d records of %s, %s to %s, in %.0f s, to %s%n", arrivals.size(), programme.id(), from, to,
        seconds, url);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long start = System.nanoTime();
    long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    int refused = 0;
    LocalDate month = null;
    for (int i = 0; i < arrivals.size(); i++) {
      Arrival a = arrivals.get(i);
      long due = start + (long) (seconds * 1e9 * ChronoUnit.DAYS.between(from, a.date()) / days);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        sleep(wait / 1_000_000);
      }
      HttpResponse<String> r = send(client, url, a, token.apply(a.account()), Duration.ofMinutes(1));
      if (r.statusCode() >= 400) {
        refused++;
        System.err.printf("replay: %s %s of %s refused (%d): %s%n", a.date(), a.kind().path, a.account(),
            r.statusCode(), r.body());
      }
      if (month == null || !month.withDayOfMonth(1).equals(a.date().withDayOfMonth(1))) {
        month = a.date();
        out.printf("  %s  %d/%d%n", month.withDayOfMonth(1).toString().substring(0, 7), i + 1, arrivals.size());
      }
    }
    Arrival end = new Arrival(to, Kind.DAY, Accounts.OFFICE, "{\"date\":\"" + to + "\"}", "replay-day-" + to);
    send(client, url, end, token.apply(end.account()), Duration.ofMinutes(1));
    out.printf("replay: done in %.1f s, %d refused%n", (System.nanoTime() - start) / 1e9, refused);
    return refused == 0 ? 0 : 1;
  }

  /**
   * Sends one record, retrying while the platform cannot be reached or answers 5xx (it may be restarting).
   *
   * @return the platform's answer
   * @throws IllegalStateException if it cannot be reached within the patience given
   */
  static HttpResponse<String> send(HttpClient client, URI url, Arrival a, String token, Duration patience) {
    HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/" + a.kind().path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .header("Idempotency-Key", a.key())
        .POST(HttpRequest.BodyPublishers.ofString(a.body(), StandardCharsets.UTF_8))
        .build();
    long until = System.nanoTime() + patience.toNanos();
    IOException last = null;
    while (System.nanoTime() < until) {
      try {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() < 500) {
          return r;
        }
      } catch (ConnectException e) {
        last = e;
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      sleep(100);
    }
    throw new IllegalStateException("the platform at " + url + " did not take " + a.key() + " within " + patience,
        last);
  }

  /**
   * The sample year's records dated from {@code from} to {@code to}, as the units and the office send them, in date
   * order (observations first, as tables known at the start): each finding first as found, without its
   * rectification, then again on the day it was rectified.
   */
  static List<Arrival> sample(LocalDate from, LocalDate to) {
    JsonNode data;
    try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.FOLDER + "data-2021.json")) {
      data = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Arrival> out = new ArrayList<>();
    for (JsonNode o : data.path("observations")) {
      out.add(new Arrival(from, Kind.OBSERVATION, Accounts.OFFICE, o.toString(), "replay-observation-" + out.size()));
    }
    int n = 0;
    for (JsonNode r : data.path("progressReports")) {
      add(out, from, to, date(r, "date"), Kind.PROGRESS_REPORT, r.path("unit").asText(), r, "replay-report-" + n++);
    }
    n = 0;
    for (JsonNode r : data.path("ratings")) {
      add(out, from, to, date(r, "date"), Kind.RATING, r.path("rater").asText(), r, "replay-rating-" + n++);
    }
    for (JsonNode f : data.path("findings")) {
      String id = f.path("id").asText();
      if (f.has("rectified")) {
        ObjectNode found = f.deepCopy();
        found.remove("rectified");
        add(out, from, to, date(f, "found"), Kind.FINDING, Accounts.OFFICE, found, "replay-finding-" + id + "-found");
        add(out, from, to, date(f, "rectified"), Kind.FINDING, Accounts.OFFICE, f, "replay-finding-" + id + "-rectified");
      } else {
        add(out, from, to, date(f, "found"), Kind.FINDING, Accounts.OFFICE, f, "replay-finding-" + id);
      }
    }
    for (JsonNode r : data.path("recognitions")) {
      add(out, from, to, date(r, "date"), Kind.RECOGNITION, Accounts.OFFICE, r, "replay-recognition-"
          + r.path("id").asText());
    }
    n = 0;
    for (JsonNode r : data.path("externalResults")) {
      LocalDate d = r.has("published") ? date(r, "published") : from;
      add(out, from, to, d, Kind.EXTERNAL_RESULT, Accounts.OFFICE, r, "replay-result-" + n++);
    }
    out.sort(Comparator.comparing(Arrival::date));
    return out;
  }

  private static void add(List<Arrival> out, LocalDate from, LocalDate to, LocalDate date, Kind kind, String account,
      JsonNode body, String key) {
    if (!date.isBefore(from) && !date.isAfter(to)) {
      out.add(new Arrival(date, kind, account, body.toString(), key));
    }
  }

  private static LocalDate date(JsonNode n, String field) {
    return LocalDate.parse(n.path(field).asText());
  }

  private static String need(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static Map<String, Long> countByKind(List<Arrival> arrivals) {
    return arrivals.stream().collect(java.util.stream.Collectors.groupingBy(a -> a.kind().path,
        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }
}
