package io.github.bizenv.scoring.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The arrivals table: appended to before an arrival is acknowledged, read back in order at start-up. */
@Repository
@DependsOnDatabaseInitialization
class ArrivalStore {

  /** A stored arrival. */
  record Stored(long seq, Instant receivedAt, String account, Kind kind, String subject, String body) {}

  private final JdbcClient jdbc;

  ArrivalStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long append(Instant at, String account, Kind kind, String subject, String key, String body) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO arrival (received_at, account, kind, subject, idempotency_key, body) "
            + "VALUES (:at, :account, :kind, :subject, :key, :body)")
        .param("at", Timestamp.from(at)).param("account", account).param("kind", kind.name())
        .param("subject", subject).param("key", key).param("body", body)
        .update(keys, "seq");
    return keys.getKey().longValue();
  }

  /** The arrival an account stored with an idempotency key, if it did. */
  Optional<Stored> find(String account, String key) {
    return jdbc.sql("SELECT seq, received_at, account, kind, subject, body FROM arrival "
            + "WHERE account = :account AND idempotency_key = :key")
        .param("account", account).param("key", key)
        .query((rs, i) -> stored(rs)).optional();
  }

  /** Every arrival, in the order stored. */
  void forEach(Consumer<Stored> each) {
    jdbc.sql("SELECT seq, received_at, account, kind, subject, body FROM arrival ORDER BY seq")
        .query(rs -> {
          each.accept(stored(rs));
        });
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM arrival").query(Long.class).single();
  }

  private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Stored(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), Kind.valueOf(rs.getString(4)),
        rs.getString(5), rs.getString(6));
  }
}
