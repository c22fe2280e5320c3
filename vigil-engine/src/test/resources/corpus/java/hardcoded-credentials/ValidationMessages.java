// vigil-expect: safe cwe=798
// case: messages mentioning passwords
package corpus.creds;

public class ValidationMessages {
  private static final String PASSWORD_TOO_SHORT = "Password must be at least 12 characters";

  public String check(String password) {
    String passwordHint = "Use a passphrase you do not use elsewhere";
    return password.length() < 12 ? PASSWORD_TOO_SHORT : passwordHint;
  }
}
