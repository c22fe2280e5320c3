// vigil-expect: vulnerable cwe=918
// case: a Jenkins URLCheck opens the URL typed into a form field to look for a product name
package corpus.ssrf;

import java.io.IOException;
import java.net.URL;
import javax.servlet.ServletException;
import hudson.util.FormValidation;
import hudson.util.FormValidation.URLCheck;
import org.kohsuke.stapler.QueryParameter;

public class StaplerUrlCheck {
  public FormValidation doCheckUrl(@QueryParameter(fixEmpty = true) final String url)
      throws IOException, ServletException {
    if (url == null) {
      return FormValidation.ok();
    }
    return new URLCheck() {
      protected FormValidation check() throws IOException, ServletException {
        String v = url.endsWith("/") ? url : url + "/";
        if (findText(open(new URL(v)), "Assembla")) {
          return FormValidation.ok();
        }
        return FormValidation.error("This is not an Assembla URL");
      }
    }.check();
  }
}
