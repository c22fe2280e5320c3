// vigil-expect: safe cwe=918
// case: a form validation method only parses the URL and checks its scheme, it never connects
package corpus.ssrf;

import java.net.MalformedURLException;
import java.net.URL;
import hudson.util.FormValidation;
import org.kohsuke.stapler.QueryParameter;

public class StaplerCheckUrlSyntax {
  public FormValidation doCheckRepoUrl(@QueryParameter String value) {
    try {
      URL url = new URL(value);
      return url.getProtocol().startsWith("http") ? FormValidation.ok() : FormValidation.error("http(s) only");
    } catch (MalformedURLException e) {
      return FormValidation.error("Not a URL");
    }
  }
}
