package samples;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;

class CookieHttpOnlySamples {
  void missing(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setSecure(true);
    // ruleid: java.cookie-missing-httponly
    response.addCookie(cookie);
  }

  void explicitlyOff(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setHttpOnly(false);
    // ruleid: java.cookie-missing-httponly
    response.addCookie(cookie);
  }

  String built(String id) {
    // ruleid: java.cookie-missing-httponly
    return ResponseCookie.from("SESSION", id).secure(true).build().toString();
  }

  void header(HttpServletResponse response, String id) {
    // ruleid: java.cookie-missing-httponly
    response.setHeader("Set-Cookie", "SESSION=" + id + "; Secure");
  }

  void set(HttpServletResponse response, String id) {
    Cookie cookie = new Cookie("SESSION", id);
    cookie.setHttpOnly(true);
    // ok: java.cookie-missing-httponly
    response.addCookie(cookie);
  }

  String builtHttpOnly(String id) {
    // ok: java.cookie-missing-httponly
    return ResponseCookie.from("SESSION", id).httpOnly(true).build().toString();
  }
}
