package app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
public class RestControllerPatterns {
  @GetMapping("/hello")
  public String hello(@RequestParam String name) {
    // ruleid: java.xss
    return "<h1>Hello " + name + "</h1>";
  }

  @GetMapping("/hello-escaped")
  public String escaped(@RequestParam String name) {
    // ok: java.xss
    return "<h1>Hello " + HtmlUtils.htmlEscape(name) + "</h1>";
  }

  @GetMapping(value = "/hello-json", produces = "application/json")
  public String json(@RequestParam String name) {
    // ok: java.xss
    return "{\"name\": \"" + name + "\"}";
  }

  @GetMapping("/length")
  public int length(@RequestParam String name) {
    // ok: java.xss
    return name.length();
  }
}
