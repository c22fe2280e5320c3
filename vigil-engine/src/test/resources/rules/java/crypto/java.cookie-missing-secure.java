package samples;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

class CookieSecureSamples {
  void missing(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setHttpOnly(true);
    // ruleid: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  void explicitlyOff(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setSecure(false);
    // ruleid: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  void inline(HttpServletResponse response) {
    // ruleid: java.cookie-missing-secure
    response.addCookie(new Cookie("lang", "en"));
  }

  String built(String id) {
    // ruleid: java.cookie-missing-secure
    return ResponseCookie.from("SESSION", id).httpOnly(true).path("/").build().toString();
  }

  void header(HttpServletResponse response, String id) {
    // ruleid: java.cookie-missing-secure
    response.addHeader("Set-Cookie", "SESSION=" + id + "; Path=/; HttpOnly");
  }

  void headerSecure(HttpServletResponse response, String id) {
    // ok: java.cookie-missing-secure
    response.addHeader("Set-Cookie", "SESSION=" + id + "; Path=/; Secure; HttpOnly");
  }

  void handedToHelper(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    harden(cookie);
    // ok: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  private static void harden(Cookie cookie) {
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
  }

  private final boolean secureCookies = false;

  void configuredOff(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setSecure(secureCookies);
    // ruleid: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  void fromRequest(HttpServletResponse response, String id, boolean https) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setSecure(https);
    // ok: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  void set(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setSecure(true);
    // ok: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  void expired(HttpServletResponse response) {
    Cookie cookie = new Cookie("SESSION", "");
    cookie.setMaxAge(0);
    // ok: java.cookie-missing-secure
    response.addCookie(cookie);
  }

  void fromElsewhere(HttpServletResponse response, Cookie prepared) {
    // ok: java.cookie-missing-secure
    response.addCookie(prepared);
  }

  String builtSecure(String id) {
    // ok: java.cookie-missing-secure
    return ResponseCookie.from("SESSION", id).secure(true).build().toString();
  }

  String builtSecureLater(String id) {
    // ok: java.cookie-missing-secure
    ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from("SESSION", id).path("/");
    builder.secure(true);
    return builder.build().toString();
  }

  void madeByHelper(HttpServletResponse response, String id) {
    // ruleid: java.cookie-missing-secure
    response.addCookie(plainCookie(id));
    // ok: java.cookie-missing-secure
    response.addCookie(secureCookie(id));
  }

  private Cookie plainCookie(String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setPath("/");
    return cookie;
  }

  private Cookie secureCookie(String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setSecure(true);
    return cookie;
  }
}
