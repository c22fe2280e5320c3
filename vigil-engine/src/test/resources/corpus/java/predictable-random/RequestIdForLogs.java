// vigil-expect: safe cwe=330
// case: a random request id only correlates log lines
package corpus.random;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

public class RequestIdForLogs {
  public void begin() {
    String requestId = Long.toHexString(ThreadLocalRandom.current().nextLong());
    MDC.put("requestId", requestId);
  }
}
