package dev.vigil.server.ui;

import io.javalin.http.Context;

/** A page of the web UI, called only for a signed-in browser whose POST carried its CSRF token. */
@FunctionalInterface
interface PageHandler {
  /** Handles the request of {@code visit}. */
  void handle(Context ctx, Visit visit) throws Exception;
}
