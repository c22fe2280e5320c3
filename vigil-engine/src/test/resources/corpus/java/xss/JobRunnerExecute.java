// vigil-expect: safe cwe=79
// case: a job runner's execute(context, map) returns a map value, but it is no wiki plugin and its result is no page
package corpus.xss;

import java.util.Map;

public class JobRunnerExecute {
  /** The job context of a batch run. */
  public static final class Context {
    public String jobName() { return "nightly"; }
  }

  public String execute(Context context, Map<String, String> params) {
    String step = params.get("step");
    return context.jobName() + ":" + step;
  }
}
