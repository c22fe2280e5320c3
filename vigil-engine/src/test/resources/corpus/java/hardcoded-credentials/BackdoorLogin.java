// vigil-expect: vulnerable cwe=798
// case: password compared with a literal
package corpus.creds;

public class BackdoorLogin {
  public boolean authenticate(String username, String password) {
    if ("support".equals(username) && password.equals("Supp0rt#2023")) {
      return true;
    }
    return false;
  }
}
