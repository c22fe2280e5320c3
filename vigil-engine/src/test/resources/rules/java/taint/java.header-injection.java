package samples;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class HeaderSamples {
  public void language(HttpServletRequest request, HttpServletResponse response) {
    String lang = request.getParameter("lang");
    // ruleid: java.header-injection
    response.setHeader("Content-Language", lang);
  }

  public void stripped(HttpServletRequest request, HttpServletResponse response) {
    String lang = request.getParameter("lang").replace("\r", "").replace("\n", "");
    // ok: java.header-injection
    response.addHeader("Content-Language", lang);
  }

  public void numeric(HttpServletRequest request, HttpServletResponse response) {
    long age = Long.parseLong(request.getParameter("age"));
    // ok: java.header-injection
    response.setHeader("Cache-Control", "max-age=" + age);
  }

  public void custom(HttpServletRequest request, HttpServletResponse response) {
    // ok: java.header-injection
    response.addHeader("X-Trace", request.getHeader("X-Request-Id"));
    // ruleid: java.header-injection
    response.addHeader("X-Trace-Decoded", java.net.URLDecoder.decode(request.getHeader("X-Request-Id"), java.nio.charset.StandardCharsets.UTF_8));
  }

  public Object springBuilder(HttpServletRequest request) {
    // ruleid: java.header-injection
    return org.springframework.http.ResponseEntity.ok().header("X-Trace", request.getParameter("t")).build();
  }

  public Object jaxRsBuilder(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    // ruleid: java.header-injection
    return javax.ws.rs.core.Response.ok("body").header("Content-Language", lang).build();
  }

  public Object springBuilderCount(HttpServletRequest request) {
    int count = Integer.parseInt(request.getParameter("n"));
    // ok: java.header-injection
    return org.springframework.http.ResponseEntity.ok().header("X-Total-Count", String.valueOf(count)).build();
  }
}
