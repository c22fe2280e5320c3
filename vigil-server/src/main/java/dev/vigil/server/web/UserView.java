package dev.vigil.server.web;

import dev.vigil.server.auth.User;

/** The JSON shape of a user: the role as the label the API accepts, e.g. {@code security_owner}. */
record UserView(long id, String username, String role) {
  static UserView of(User user) {
    return new UserView(user.id(), user.username(), user.role().label());
  }
}
