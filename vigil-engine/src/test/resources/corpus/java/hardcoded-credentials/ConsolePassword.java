// vigil-expect: safe cwe=798
// case: password typed at the console; encoder name constant
package corpus.creds;

public class ConsolePassword {
  private static final String DEFAULT_PASSWORD_ENCODER = "bcrypt";

  public char[] ask() {
    char[] password = System.console().readPassword("Password for %s: ", DEFAULT_PASSWORD_ENCODER);
    return password;
  }
}
