// vigil-expect: safe cwe=601
// case: Stapler response redirects to a fixed page under the context path; the Referer is only logged as a length
package corpus.redirect;

import java.io.IOException;
import java.util.logging.Logger;
import hudson.model.RootAction;
import org.kohsuke.stapler.Header;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class StaplerContextRedirect implements RootAction {
  private static final Logger LOG = Logger.getLogger("back");
  public String getIconFileName() { return null; }
  public String getDisplayName() { return "Back"; }
  public String getUrlName() { return "back"; }

  public void doBack(StaplerRequest req, StaplerResponse rsp, @Header("Referer") String referer)
      throws IOException {
    LOG.fine("referer length " + (referer == null ? 0 : referer.length()));
    rsp.sendRedirect2(req.getContextPath() + "/manage");
  }
}
