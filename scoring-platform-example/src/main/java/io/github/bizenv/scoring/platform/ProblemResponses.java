package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals as problem documents (RFC 9457, application/problem+json): a record with problems is 400 with every
 * problem's code, JSON pointer into the body, and message; a record that is not the account's to submit is 403 with
 * the reason.
 */
@RestControllerAdvice
class ProblemResponses {

  @ExceptionHandler(InvalidArrival.class)
  ProblemDetail invalid(InvalidArrival e) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    d.setTitle("Invalid record");
    List<Map<String, String>> problems = new ArrayList<>();
    for (Problem p : e.problems()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", p.code());
      m.put("pointer", p.path());
      m.put("message", p.message());
      problems.add(m);
    }
    d.setProperty("problems", problems);
    return d;
  }

  @ExceptionHandler(Denied.class)
  ProblemDetail denied(Denied e) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    d.setTitle("Not this account's to submit");
    return d;
  }
}
