package dev.vigil.server.ui;

import dev.vigil.server.auth.User;

/**
 * What the layout around every page needs: the title, the active section of the navigation, the
 * signed-in user (null on the sign-in page), the CSRF token for forms and a one-line notice.
 */
public record Frame(String title, String nav, User user, String csrf, String notice) {
  /** Returns this frame with a notice shown at the top of the page. */
  public Frame withNotice(String text) {
    return new Frame(title, nav, user, csrf, text);
  }
}
