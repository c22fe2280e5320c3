package dev.vigil.server.store;

import dev.vigil.server.auth.PasswordHasher;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.Secrets;
import dev.vigil.server.auth.User;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Users with their hashed passwords, API tokens (stored hashed) and repository grants. */
public final class UserStore {
  private static final String TOKEN_PREFIX = "vgl_";
  private final Jdbi jdbi;
  private final PasswordHasher hasher = new PasswordHasher();
  private final Secrets secrets = new Secrets();

  public UserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Returns true if no user exists yet (first start). */
  public boolean isEmpty() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one()) == 0;
  }

  /** Creates a user; throws if the name is taken. */
  public User create(String username, String password, Role role) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
      throw new IllegalArgumentException("username must be 1-100 letters, digits or . _ @ -");
    }
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("password must be at least 8 characters");
    }
    if (find(username).isPresent()) {
      throw new IllegalArgumentException("user '" + username + "' already exists");
    }
    long id = jdbi.withHandle(h -> h.createUpdate(
            "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
        .bind(0, username).bind(1, hasher.hash(password)).bind(2, role.name())
        .bind(3, Clock.now())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    return new User(id, username, role);
  }

  /** Returns the user named {@code username}, if any. */
  public Optional<User> find(String username) {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, username, role FROM users WHERE username = ?")
        .bind(0, username)
        .map((rs, ctx) -> new User(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role"))))
        .findOne());
  }

  /** Returns the user if the password matches, else empty. */
  public Optional<User> authenticate(String username, String password) {
    Optional<String> stored = jdbi.withHandle(h -> h.createQuery(
            "SELECT password_hash FROM users WHERE username = ?")
        .bind(0, username).mapTo(String.class).findOne());
    if (stored.isEmpty()) {
      hasher.hash(password); // same cost whether or not the user exists
      return Optional.empty();
    }
    return hasher.matches(password, stored.get()) ? find(username) : Optional.empty();
  }

  /** Returns a new API token for {@code user}; only its hash is stored, so it is shown once. */
  public String issueToken(User user) {
    String token = TOKEN_PREFIX + secrets.randomText(40);
    jdbi.useHandle(h -> h.createUpdate(
            "INSERT INTO api_tokens (user_id, token_hash, prefix, created_at) VALUES (?, ?, ?, ?)")
        .bind(0, user.id()).bind(1, Secrets.sha256(token)).bind(2, token.substring(0, 8))
        .bind(3, Clock.now()).execute());
    return token;
  }

  /** Returns the owner of an API token, if the token is known. */
  public Optional<User> byToken(String token) {
    return jdbi.withHandle(h -> h.createQuery("SELECT u.id, u.username, u.role FROM api_tokens t "
            + "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?")
        .bind(0, Secrets.sha256(token))
        .map((rs, ctx) -> new User(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role"))))
        .findOne());
  }

  /** Grants {@code user} access to a repository (idempotent). */
  public void grant(long userId, long repositoryId) {
    jdbi.useHandle(h -> {
      int exists = h.createQuery("SELECT COUNT(*) FROM repository_grants WHERE repository_id = ? AND user_id = ?")
          .bind(0, repositoryId).bind(1, userId).mapTo(Integer.class).one();
      if (exists == 0) {
        h.createUpdate("INSERT INTO repository_grants (repository_id, user_id) VALUES (?, ?)")
            .bind(0, repositoryId).bind(1, userId).execute();
      }
    });
  }

  /** Returns true if {@code user} may see the repository. */
  public boolean canSee(User user, long repositoryId) {
    if (user.isAdmin()) return true;
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM repository_grants WHERE repository_id = ? AND user_id = ?")
        .bind(0, repositoryId).bind(1, user.id()).mapTo(Integer.class).one()) > 0;
  }

  /** Returns every user, by name. */
  public List<User> all() {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, username, role FROM users ORDER BY username")
        .map((rs, ctx) -> new User(rs.getLong("id"), rs.getString("username"), Role.valueOf(rs.getString("role"))))
        .list());
  }
}
