// vigil-expect: vulnerable cwe=330
// case: a new account gets an API key from Math.random
package corpus.random;

public class ApiKeySetter {
  public void provision(Account account) {
    account.setApiKey(Long.toString((long) (Math.random() * Long.MAX_VALUE), 36));
  }

  public interface Account {
    void setApiKey(String key);
  }
}
