// vigil-expect: vulnerable cwe=918
// case: a webhook URL from a @RequestBody record is posted to by RestTemplate
package corpus.ssrf2;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class WebhookTestController {
  public record Webhook(String url, String event) {}

  private final RestTemplate rest = new RestTemplate();

  @PostMapping("/webhooks/test")
  public int test(@RequestBody Webhook hook) {
    Map<String, String> payload = Map.of("event", "ping", "for", String.valueOf(hook.event()));
    ResponseEntity<String> reply = rest.postForEntity(hook.url(), payload, String.class);
    return reply.getStatusCodeValue();
  }
}
