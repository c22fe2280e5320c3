package com.acme.shop.routes;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

public class CookieRoute {
  void handle(HttpServletResponse res) {
    // ok: java.cookie-missing-secure, java.cookie-missing-httponly
    res.addCookie(new Cookie("One", "Root"));
  }
}
