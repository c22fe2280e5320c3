package dev.vigil.server.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** The API's route table built without a server, for tests that walk every route. */
final class RouteTable {
  private RouteTable() {}

  /**
   * Returns every route of the API; the handlers are never called, so every dependency is null
   * (strings are placeholders), whatever dependencies the table grows.
   */
  static List<Route> routes() {
    RecordComponent[] components = ApiRoutes.Dependencies.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = types[i] == String.class ? "unused" : null;
    }
    try {
      Constructor<ApiRoutes.Dependencies> constructor =
          ApiRoutes.Dependencies.class.getDeclaredConstructor(types);
      return ApiRoutes.all(constructor.newInstance(values));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot build the route table", e);
    }
  }

  /** Returns the path of a route with every {@code {param}} replaced by {@code value}. */
  static String concrete(Route route, String value) {
    return route.path().replaceAll("\\{[^}]+}", value);
  }
}
