// vigil-expect: safe cwe=798
// case: placeholders resolved at runtime
package corpus.creds;

public class PlaceholderConfig {
  private String password = "${DB_PASSWORD}";
  private String secret = "changeme";

  public String password() {
    return password;
  }

  public String secret() {
    return secret;
  }
}
