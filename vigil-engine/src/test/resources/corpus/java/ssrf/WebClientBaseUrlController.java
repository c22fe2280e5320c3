// vigil-expect: safe cwe=918
// case: WebClient has a constant base URL; the caller's value is only a URI template variable
package corpus.ssrf2;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class WebClientBaseUrlController {
  private final WebClient users = WebClient.builder().baseUrl("https://users.internal.example.com").build();

  @GetMapping("/user-card")
  public Mono<String> card(@RequestParam String login) {
    return users.get().uri("/users/{login}/card", login).retrieve().bodyToMono(String.class);
  }
}
