// vigil-expect: safe cwe=330
// case: random back-off before retrying a request
package corpus.random;

import java.util.Random;

public class RetrySleep {
  private final Random random = new Random();

  public void pause(int attempt) throws InterruptedException {
    int backoff = (1 << attempt) * 100 + random.nextInt(100);
    Thread.sleep(backoff);
  }
}
