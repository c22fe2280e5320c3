// vigil-expect: vulnerable cwe=798
// case: API key in a field
package corpus.creds;

import java.net.URI;
import java.net.http.HttpRequest;

public class ApiKeyField {
  private final String apiKey = "k7Hq29xLmP04vZtR8sYw";

  public HttpRequest weather(String city) {
    return HttpRequest.newBuilder(URI.create("https://api.weather.example.com/v1?q=" + city))
        .header("X-Api-Key", apiKey)
        .build();
  }
}
