package dev.vigil.server.ui;

import dev.vigil.server.auth.User;

/** A request from a signed-in browser: the user and the CSRF token of the session. */
record Visit(User user, String csrf) {
  /** Returns the frame of a page in section {@code nav}. */
  Frame frame(String title, String nav) {
    return new Frame(title, nav, user, csrf, null);
  }
}
