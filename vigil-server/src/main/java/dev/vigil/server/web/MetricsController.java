package dev.vigil.server.web;

import dev.vigil.server.auth.User;
import dev.vigil.server.metrics.Metrics;
import io.javalin.http.Context;

/** {@code GET /metrics}: Prometheus text for the metrics token, or for an admin's token. */
final class MetricsController {
  private final Metrics metrics;
  private final Authenticator authenticator;

  MetricsController(Metrics metrics, Authenticator authenticator) {
    this.metrics = metrics;
    this.authenticator = authenticator;
  }

  /** Answers a scrape: the metrics token alone suffices; otherwise the caller must be an admin. */
  void scrape(Context ctx) {
    String header = ctx.header("Authorization");
    boolean metricsToken = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        && metrics.isMetricsToken(header.substring(7).trim());
    if (!metricsToken) {
      authenticator.requireToken(ctx);
      User user = Authenticator.user(ctx);
      Access.require(user.isAdmin(), user, "read the metrics");
    }
    ctx.contentType(Metrics.MEDIA_TYPE).result(metrics.scrape());
  }
}
