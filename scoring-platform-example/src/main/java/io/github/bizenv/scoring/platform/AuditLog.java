package io.github.bizenv.scoring.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit table: every write attempted — who, when, what, and its outcome. */
@Repository
@DependsOnDatabaseInitialization
class AuditLog {

  /** What came of a write. */
  enum Outcome {
    ACCEPTED, REPEATED, DENIED, INVALID, UNAUTHENTICATED
  }

  /** One entry. */
  record Entry(long id, Instant at, String account, String action, String kind, String subject, Outcome outcome,
      int status, Long arrival, String detail, String body) {}

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(Instant at, String account, String action, Kind kind, String subject, Outcome outcome, int status,
      Long arrival, String detail, String body) {
    jdbc.sql("INSERT INTO audit (audited_at, account, action, kind, subject, outcome, status, arrival_seq, detail, body) "
            + "VALUES (:at, :account, :action, :kind, :subject, :outcome, :status, :arrival, :detail, :body)")
        .params(Map.of("at", Timestamp.from(at), "account", cut(account, 64), "action", cut(action, 128),
            "outcome", outcome.name(), "status", status))
        .param("kind", kind == null ? null : kind.name()).param("subject", cut(subject, 128))
        .param("arrival", arrival).param("detail", cut(detail, 4000)).param("body", cut(body, 65536))
        .update();
  }

  /** The latest entries, newest first, of one account or of all. */
  List<Entry> latest(String account, int limit) {
    String where = account == null ? "" : " WHERE account = :account";
    JdbcClient.StatementSpec s = jdbc.sql("SELECT id, audited_at, account, action, kind, subject, outcome, status, "
        + "arrival_seq, detail, body FROM audit" + where + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit)
        + " ROWS ONLY");
    if (account != null) {
      s = s.param("account", account);
    }
    return s.query((rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), Outcome.valueOf(rs.getString(7)), rs.getInt(8),
        rs.getObject(9) == null ? null : rs.getLong(9), rs.getString(10), rs.getString(11))).list();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
