// vigil-expect: vulnerable cwe=330
// case: a Supplier lambda over java.util.Random produces password reset codes
package corpus.random;

import java.util.Random;
import java.util.function.Supplier;

public class SupplierResetCode {
  public interface UserStore {
    void saveResetCode(String email, String code);
  }

  private final Random random = new Random();
  private final Supplier<String> codes = () -> String.format("%06d", random.nextInt(1_000_000));
  private final UserStore users;

  public SupplierResetCode(UserStore users) {
    this.users = users;
  }

  public void startReset(String email) {
    users.saveResetCode(email, codes.get());
  }
}
