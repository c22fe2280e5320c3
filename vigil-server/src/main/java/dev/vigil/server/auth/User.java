package dev.vigil.server.auth;

/** A signed-in person or API client. */
public record User(long id, String username, Role role) {
  /** Returns true if this user sees every repository. */
  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
