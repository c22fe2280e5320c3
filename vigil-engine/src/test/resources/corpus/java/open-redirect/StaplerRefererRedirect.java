// vigil-expect: vulnerable cwe=601
// case: Stapler response sends the browser back to the Referer header
package corpus.redirect;

import java.io.IOException;
import hudson.model.RootAction;
import org.kohsuke.stapler.Header;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class StaplerRefererRedirect implements RootAction {
  public String getIconFileName() { return null; }
  public String getDisplayName() { return "Back"; }
  public String getUrlName() { return "back"; }

  public void doBack(StaplerRequest req, StaplerResponse rsp, @Header("Referer") String referer)
      throws IOException {
    rsp.sendRedirect2(referer);
  }
}
