// vigil-expect: safe cwe=918
// case: a Jenkins form check parses the URL from the form field but never opens it
package corpus.ssrf;

import java.io.IOException;
import java.net.URL;
import javax.servlet.ServletException;
import hudson.util.FormValidation;
import hudson.util.FormValidation.URLCheck;
import org.kohsuke.stapler.QueryParameter;

public class StaplerUrlSyntaxCheck {
  public FormValidation doCheckUrl(@QueryParameter(fixEmpty = true) final String url)
      throws IOException, ServletException {
    if (url == null) {
      return FormValidation.ok();
    }
    return new URLCheck() {
      protected FormValidation check() throws IOException, ServletException {
        URL parsed = new URL(url);
        if (findText(open(new URL("https://www.assembla.com/")), "Assembla") && parsed.getHost().endsWith("assembla.com")) {
          return FormValidation.ok();
        }
        return FormValidation.error("This is not an Assembla URL");
      }
    }.check();
  }
}
