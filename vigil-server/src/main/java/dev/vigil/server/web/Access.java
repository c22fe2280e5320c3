package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.UserStore;

/**
 * Decides what a user may see and do. A repository that is not granted answers 404, exactly like
 * one that does not exist, so its existence does not leak.
 */
public final class Access {
  private final RepositoryStore repositories;
  private final UserStore users;

  public Access(RepositoryStore repositories, UserStore users) {
    this.repositories = repositories;
    this.users = users;
  }

  /** Returns the repository if the user may see it; 404 otherwise. */
  public RepositoryRecord repository(User user, long id) {
    RepositoryRecord repository = repositories.find(id)
        .orElseThrow(() -> ApiException.notFound("repository " + id));
    if (!users.canSee(user, id)) throw ApiException.notFound("repository " + id);
    return repository;
  }

  /** Throws 403 unless {@code allowed}, naming what the user's role may not do. */
  public static void require(boolean allowed, User user, String action) {
    if (!allowed) {
      throw ApiException.forbidden("role " + user.role().label() + " may not " + action);
    }
  }

  /** Returns the signed-in user of {@code ctx}; throws 403 unless an admin, naming {@code action}. */
  static User admin(io.javalin.http.Context ctx, String action) {
    User user = Authenticator.user(ctx);
    require(user.isAdmin(), user, action);
    return user;
  }
}
