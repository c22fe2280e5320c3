package dev.vigil.server.ui;

import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;

/** A signed-in browser session of the first admin, for tests outside this package that read pages over HTTP. */
public final class AdminSession {
  private AdminSession() {}

  /** Returns the {@code Cookie} header value of a new session of the admin (user 1) of {@code server}. */
  public static String cookie(ServerHarness server) {
    return "vigil_session=" + new SessionStore(server.server().database().jdbi())
        .open(new User(1, "admin", Role.ADMIN)).id();
  }
}
