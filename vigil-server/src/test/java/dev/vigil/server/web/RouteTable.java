package dev.vigil.server.web;

import java.util.List;

/** The API's route table built without a server, for tests that walk every route. */
final class RouteTable {
  private RouteTable() {}

  /** Returns every route of the API; the handlers are never called. */
  static List<Route> routes() {
    return ApiRoutes.all(new ApiRoutes.Dependencies(null, null, null, null, null, null, null, null,
        null, "unused"));
  }

  /** Returns the path of a route with every {@code {param}} replaced by {@code value}. */
  static String concrete(Route route, String value) {
    return route.path().replaceAll("\\{[^}]+}", value);
  }
}
