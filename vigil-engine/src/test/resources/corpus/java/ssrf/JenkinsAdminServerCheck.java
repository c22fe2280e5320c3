// vigil-expect: safe cwe=918
// case: a Jenkins form check connects to the server typed in the form only for administrators
package corpus.ssrf;

import java.io.IOException;
import java.net.Socket;
import hudson.util.FormValidation;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.QueryParameter;

public class JenkinsAdminServerCheck {
  public FormValidation doCheckServer(@QueryParameter String value) {
    String server = value;
    if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
      return FormValidation.ok();
    }
    try (Socket socket = new Socket(server, 389)) {
      return FormValidation.ok("Connected");
    } catch (IOException e) {
      return FormValidation.error("Cannot connect");
    }
  }
}
