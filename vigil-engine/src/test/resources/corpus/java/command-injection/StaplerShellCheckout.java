// vigil-expect: vulnerable cwe=78
// case: a Stapler action runs a shell line with a request parameter
package corpus.command;

import java.io.IOException;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class StaplerShellCheckout {
  public void doCheckout(StaplerRequest req, StaplerResponse rsp) throws IOException {
    String branch = req.getParameter("branch");
    new ProcessBuilder("sh", "-c", "git checkout " + branch).start();
    rsp.setStatus(204);
  }
}
