// vigil-expect: safe cwe=330
// case: a random draw decides whether a session is sampled for tracing
package corpus.random;

import java.util.Random;
import javax.servlet.http.HttpServletRequest;

public class SessionSampling {
  private static final double SAMPLE_RATE = 0.01;
  private final Random random = new Random();

  public void maybeTrace(HttpServletRequest request) {
    boolean traceSession = random.nextDouble() < SAMPLE_RATE;
    request.setAttribute("trace.enabled", traceSession);
  }
}
