package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.spring.LiveProgramme;
import io.github.bizenv.scoring.workflow.TaskStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The platform's HTTP API: POST one record per request to {@code /api/progress-reports}, {@code /api/ratings},
 * {@code /api/findings}, {@code /api/recognitions}, {@code /api/external-results}, {@code /api/observations} or
 * {@code /api/day}; read the live view, its stream, a task's light and (the office) the audit log.
 */
@RestController
class ApiController {

  /** The largest body taken: one record is a few hundred bytes. */
  static final int MAX_BODY = 64 * 1024;

  private final Submissions submissions;
  private final LiveFeed feed;
  private final LiveView view;
  private final LiveProgramme live;
  private final AuditLog audit;

  ApiController(Submissions submissions, LiveFeed feed, LiveView view, LiveProgramme live, AuditLog audit) {
    this.submissions = submissions;
    this.feed = feed;
    this.view = view;
    this.live = live;
    this.audit = audit;
  }

  @PostMapping(path = "/api/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> submit(@PathVariable String kind, @RequestBody String body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @AuthenticationPrincipal Account who, HttpServletRequest request) {
    Kind k = Kind.ofPath(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "no such kind of record: " + kind + "; POST to progress-reports, ratings, findings, recognitions, "
            + "external-results, observations or day"));
    if (body.length() > MAX_BODY) {
      throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "one record per request, at most "
          + MAX_BODY + " characters");
    }
    if (key != null && (key.isBlank() || key.length() > 128)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Idempotency-Key must have 1 to 128 characters");
    }
    Submissions.Receipt r = submissions.submit(who, k, body, key, "POST " + request.getRequestURI());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sequence", r.sequence());
    out.put("kind", k.path);
    out.put("subject", r.subject());
    out.put("day", r.day().toString());
    out.put("repeated", r.repeated());
    return ResponseEntity.status(r.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(out);
  }

  @GetMapping(path = "/api/view", produces = MediaType.APPLICATION_JSON_VALUE)
  String view(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
    return view.json(language(lang), feed.alerts());
  }

  @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(@RequestParam(name = "lang", defaultValue = "zh") String lang) {
    return feed.watch(language(lang));
  }

  @GetMapping(path = "/api/tasks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> task(@PathVariable String id) {
    TaskStatus s;
    try {
      s = live.monitor().status(id);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", id);
    out.put("lead", s.task().lead());
    out.put("day", s.date().toString());
    out.put("status", s.status().name());
    out.put("planned", s.planned());
    out.put("reported", s.reported());
    out.put("monthsRed", s.monthsRed());
    s.escalation().ifPresent(e -> out.put("escalation", Map.of("step", e.step().name().text(true),
        "reached", e.reached().toString())));
    return out;
  }

  @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
  List<AuditLog.Entry> audit(@RequestParam(name = "account", required = false) String account,
      @RequestParam(name = "limit", defaultValue = "100") int limit) {
    return audit.latest(account, Math.min(limit, 1000));
  }

  static Locale language(String lang) {
    return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }
}
