// vigil-expect: vulnerable cwe=918
// case: a Jenkins form check connects to the server typed in the form for anyone with read access
package corpus.ssrf;

import java.io.IOException;
import java.net.Socket;
import hudson.util.FormValidation;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.QueryParameter;

public class JenkinsReadServerCheck {
  public FormValidation doCheckServer(@QueryParameter String value) {
    if (!Jenkins.get().hasPermission(Jenkins.READ)) {
      return FormValidation.ok();
    }
    try (Socket socket = new Socket(value, 389)) {
      return FormValidation.ok("Connected");
    } catch (IOException e) {
      return FormValidation.error("Cannot connect");
    }
  }
}
