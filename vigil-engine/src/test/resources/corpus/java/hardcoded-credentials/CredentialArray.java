// vigil-expect: vulnerable cwe=798
// case: default administrator credentials in an array
package corpus.creds;

public class CredentialArray {
  private static final String[] DEFAULT_ADMIN_CREDENTIALS = {"admin", "Adm1n#2024!"};

  public boolean isDefault(String user, String password) {
    return DEFAULT_ADMIN_CREDENTIALS[0].equals(user) && DEFAULT_ADMIN_CREDENTIALS[1].equals(password);
  }
}
