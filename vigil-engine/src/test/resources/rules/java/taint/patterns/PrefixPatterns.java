package app;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

public class PrefixPatterns {
  private static final String API = "https://api.example.com/v1/";
  private final RestTemplate rest = new RestTemplate();

  public String fixedHost(HttpServletRequest request) {
    String id = request.getParameter("id");
    // ok: java.ssrf
    return rest.getForObject(API + "users/" + id, String.class);
  }

  public String chosenHost(HttpServletRequest request) {
    String host = request.getParameter("host");
    // ruleid: java.ssrf
    return rest.getForObject("https://" + host + "/status", String.class);
  }

  public void localPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
    // ok: java.open-redirect
    response.sendRedirect("/items/" + request.getParameter("id"));
    // ruleid: java.open-redirect
    response.sendRedirect("//" + request.getParameter("host"));
  }
}
