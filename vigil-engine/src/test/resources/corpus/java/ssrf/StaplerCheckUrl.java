// vigil-expect: vulnerable cwe=918
// case: a form validation method fetches the URL typed into the job configuration
package corpus.ssrf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import hudson.util.FormValidation;
import org.kohsuke.stapler.QueryParameter;

public class StaplerCheckUrl {
  public FormValidation doCheckRepoUrl(@QueryParameter String value) {
    try (InputStream in = new URL(value).openStream()) {
      return in.read() >= 0 ? FormValidation.ok() : FormValidation.warning("Empty response");
    } catch (IOException e) {
      return FormValidation.error("Cannot reach the repository browser");
    }
  }
}
