package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import io.javalin.http.Context;
import java.util.Optional;

/** Finds the signed-in browser behind a request, so the API also serves the web UI's sessions. */
public interface BrowserSessions {
  /** A signed-in browser: its user and the CSRF token its writes must carry. */
  record BrowserSession(User user, String csrf) {}

  /** Returns the live session of the request's session cookie, if any. */
  Optional<BrowserSession> find(Context ctx);
}
