// vigil-expect: vulnerable cwe=918
// case: Spring WebClient created for the caller's URL and queried
package corpus.ssrf2;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class WebClientFetchController {
  @GetMapping("/unfurl")
  public Mono<String> unfurl(@RequestParam String url) {
    return WebClient.create(url).get().retrieve().bodyToMono(String.class);
  }
}
