// vigil-expect: safe cwe=918
// case: the webhook URI's scheme and host are checked against constants before RestTemplate posts
package corpus.ssrf2;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class WebhookAllowedHostController {
  public record Webhook(String url, String event) {}

  private static final Set<String> ALLOWED_HOSTS = Set.of("hooks.slack.com", "discord.com");
  private final RestTemplate rest = new RestTemplate();

  @PostMapping("/webhooks/test-allowed")
  public int test(@RequestBody Webhook hook) {
    URI uri = URI.create(hook.url());
    if (!"https".equals(uri.getScheme()) || !ALLOWED_HOSTS.contains(uri.getHost())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "host not allowed");
    }
    return rest.postForEntity(uri, Map.of("event", "ping"), String.class).getStatusCodeValue();
  }
}
