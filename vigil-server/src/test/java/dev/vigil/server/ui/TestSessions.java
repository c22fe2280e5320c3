package dev.vigil.server.ui;

import dev.vigil.server.ServerHarness;
import dev.vigil.server.auth.User;
import java.util.Map;

/** Browser sessions for tests outside the web UI's package that read a page without a browser. */
public final class TestSessions {
  private TestSessions() {}

  /** Returns the page at {@code path} as {@code user} sees it, through a new session cookie. */
  public static String page(ServerHarness server, User user, String path) {
    String session = new SessionStore(server.server().database().jdbi()).open(user).id();
    return server.request("GET", path, null, Map.of("Cookie", "vigil_session=" + session)).body();
  }
}
