package dev.vigil.server.ui;

import io.javalin.http.Context;

/**
 * Writes Vigil's cookies: HttpOnly, SameSite=Lax, path /, and Secure whenever the browser reached
 * Vigil over HTTPS (directly or through a proxy) or from anywhere but localhost; plain HTTP is
 * allowed on localhost only.
 */
final class Cookies {
  static final String SESSION = "vigil_session";
  static final String SIGN_IN = "vigil_signin";

  private Cookies() {}

  /** Sets a cookie for the browser's session (no Max-Age: it ends with the browser). */
  static void set(Context ctx, String name, String value) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
        + (secure(ctx) ? "; Secure" : ""));
  }

  /** Removes a cookie. */
  static void clear(Context ctx, String name) {
    ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
        + (secure(ctx) ? "; Secure" : ""));
  }

  /** Returns true if cookies must be Secure: HTTPS, or any host but localhost. */
  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
        || !isLocalhost(ctx.host());
  }

  private static boolean isLocalhost(String host) {
    if (host == null) return false;
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
    return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
  }
}
