// vigil-expect: safe cwe=798
// case: setBasicAuth with a password typed at the console
package corpus.creds;

import java.io.Console;
import org.springframework.http.HttpHeaders;

public class BasicAuthFromConsole {
  public HttpHeaders headers(String user) {
    Console console = System.console();
    char[] password = console.readPassword("Password for %s: ", user);
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, new String(password));
    java.util.Arrays.fill(password, ' ');
    return headers;
  }
}
