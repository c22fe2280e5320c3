package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Joins route prefixes and tells webhooks from other routes. */
final class Routes {
  private static final Pattern WEBHOOK = Pattern.compile("(?i)web-?hook|callback|/hooks?(/|$)");

  private Routes() {}

  /** Returns every prefix joined with every path, e.g. {@code /api} and {@code users} to {@code /api/users}. */
  static List<String> join(List<String> prefixes, List<String> paths) {
    List<String> joined = new ArrayList<>();
    for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
      for (String path : paths.isEmpty() ? List.of("") : paths) joined.add(join(prefix, path));
    }
    return joined;
  }

  /** Returns {@code prefix} and {@code path} joined with one slash, starting with a slash. */
  static String join(String prefix, String path) {
    String joined = ("/" + prefix + "/" + path).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }

  /** Returns the kind of an HTTP handler: webhook, file upload or plain route. */
  static EntryPointKind kind(String route, String handlerName, boolean upload) {
    if (WEBHOOK.matcher(route).find() || WEBHOOK.matcher(handlerName).find()) {
      return EntryPointKind.WEBHOOK;
    }
    return upload ? EntryPointKind.FILE_UPLOAD : EntryPointKind.HTTP_ROUTE;
  }

  /** Returns the HTTP method named by an annotation or call, upper case. */
  static String verb(String name) {
    return name.replace("Mapping", "").toUpperCase(Locale.ROOT);
  }
}
