package dev.vigil.server.web;

import io.javalin.http.Context;
import java.util.Locale;

/** Reads query parameters with errors that name the parameter and what was expected. */
final class QueryParams {
  private QueryParams() {}

  /** Returns an optional integer parameter (null if absent); 400 if it is not an int. */
  static Integer integer(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) return null;
    return integer(name, value);
  }

  /** Returns {@code value} as an int; 400 naming {@code name} if it is not one. */
  static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, name + " must be an integer, got '" + value + "'");
    }
  }

  /** Returns an optional long parameter (null if absent); 400 if it is not one. */
  static Long number(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) return null;
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name, name + " must be an integer, got '" + value + "'");
    }
  }

  /** Returns an optional boolean parameter (null if absent); 400 unless true or false. */
  static Boolean bool(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) return null;
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.badRequest(name, name + " must be true or false, got '" + value + "'");
    };
  }
}
