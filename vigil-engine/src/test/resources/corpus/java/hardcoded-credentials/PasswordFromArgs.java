// vigil-expect: safe cwe=798
// case: password from the command line, with a placeholder in the usage text
package corpus.creds;

public final class PasswordFromArgs {
  private static final String USAGE = "usage: import <user> <password>";

  private PasswordFromArgs() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println(USAGE);
      return;
    }
    String password = args[1];
    System.out.println("importing as " + args[0] + " (" + password.length() + " chars)");
  }
}
