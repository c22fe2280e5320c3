// vigil-expect: safe cwe=22
// case: a Jenkins descriptor opens the keystore path from the form after requiring the administer permission
package corpus.path;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import hudson.util.FormValidation;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.QueryParameter;

public class JenkinsAdminKeystore {
  public FormValidation doTestKeyStore(@QueryParameter("keystorePath") String keystorePath) {
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    if (keystorePath == null || keystorePath.isEmpty()) {
      return FormValidation.warning("No keystore");
    }
    try (InputStream in = new FileInputStream(keystorePath)) {
      return FormValidation.ok("Readable, first byte " + in.read());
    } catch (IOException e) {
      return FormValidation.error("Cannot read the keystore");
    }
  }
}
