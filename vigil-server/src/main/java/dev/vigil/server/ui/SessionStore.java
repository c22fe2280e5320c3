package dev.vigil.server.ui;

import dev.vigil.server.web.BrowserSessions;
import io.javalin.http.Context;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.Secrets;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Browser sessions in the database, so every Vigil process on it knows them. The cookie carries a
 * random id; only its SHA-256 is stored. A session ends after 12 idle hours or 7 days.
 */
public final class SessionStore implements BrowserSessions {
  static final Duration IDLE = Duration.ofHours(12);
  static final Duration LIFETIME = Duration.ofDays(7);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private final Jdbi jdbi;
  private final Secrets secrets = new Secrets();

  public SessionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A new session: the id for the cookie (never stored) and the stored session. */
  record Opened(String id, Session session) {}

  /** Opens a new session for {@code user} with fresh id and CSRF token; forgets expired ones. */
  Opened open(User user) {
    String id = secrets.randomText(43);
    String csrf = secrets.randomText(32);
    Instant now = Clock.now();
    jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE last_seen_at < ? OR created_at < ?")
        .bind(0, now.minus(IDLE)).bind(1, now.minus(LIFETIME)).execute());
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO web_sessions (id_hash, user_id, csrf_token, "
            + "created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)")
        .bind(0, Secrets.sha256(id)).bind(1, user.id()).bind(2, csrf).bind(3, now).bind(4, now)
        .execute());
    return new Opened(id, new Session(Secrets.sha256(id), user, csrf, now, now));
  }

  @Override
  public Optional<BrowserSession> find(Context ctx) {
    return find(ctx.cookie(Cookies.SESSION)).map(s -> new BrowserSession(s.user(), s.csrf()));
  }

  /** Returns the live session with cookie id {@code id}, touching it; empty if unknown or expired. */
  Optional<Session> find(String id) {
    if (id == null || id.isBlank() || id.length() > 100) return Optional.empty();
    String hash = Secrets.sha256(id);
    Optional<Session> found = jdbi.withHandle(h -> h.createQuery("SELECT s.id_hash, s.csrf_token, "
            + "s.created_at, s.last_seen_at, u.id, u.username, u.role FROM web_sessions s "
            + "JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?")
        .bind(0, hash).map((rs, ctx) -> map(rs)).findOne());
    Instant now = Clock.now();
    if (found.isEmpty()) return found;
    Session session = found.get();
    if (session.lastSeenAt().plus(IDLE).isBefore(now) || session.createdAt().plus(LIFETIME).isBefore(now)) {
      close(id);
      return Optional.empty();
    }
    if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
      jdbi.useHandle(h -> h.createUpdate("UPDATE web_sessions SET last_seen_at = ? WHERE id_hash = ?")
          .bind(0, now).bind(1, hash).execute());
    }
    return found;
  }

  /** Ends the session with cookie id {@code id}, if any. */
  void close(String id) {
    if (id == null || id.isBlank()) return;
    jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_sessions WHERE id_hash = ?")
        .bind(0, Secrets.sha256(id)).execute());
  }

  private static Session map(ResultSet rs) throws SQLException {
    return new Session(rs.getString("id_hash"),
        new User(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role"))),
        rs.getString("csrf_token"), instant(rs, "created_at"), instant(rs, "last_seen_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
