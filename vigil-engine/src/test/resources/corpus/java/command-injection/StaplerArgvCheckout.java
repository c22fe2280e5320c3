// vigil-expect: safe cwe=78
// case: a Stapler action passes the request parameter as one argument after --, no shell
package corpus.command;

import java.io.IOException;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class StaplerArgvCheckout {
  public void doCheckout(StaplerRequest req, StaplerResponse rsp) throws IOException {
    String branch = req.getParameter("branch");
    new ProcessBuilder("git", "checkout", "--", branch).start();
    rsp.setStatus(204);
  }
}
