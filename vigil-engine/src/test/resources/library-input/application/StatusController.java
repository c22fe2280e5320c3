package sample.app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A web entry point: this repository is an application, not a library. */
@RestController
public class StatusController {
  @GetMapping("/status")
  public String status() {
    return "up";
  }
}
