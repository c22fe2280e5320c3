// vigil-expect: vulnerable cwe=22
// case: the keystore path is opened before the administer permission is checked
package corpus.path;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import hudson.util.FormValidation;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.QueryParameter;

public class JenkinsLateCheckKeystore {
  public FormValidation doTestKeyStore(@QueryParameter("keystorePath") String keystorePath) throws IOException {
    InputStream in = new FileInputStream(keystorePath);
    Jenkins.get().checkPermission(Jenkins.ADMINISTER);
    try (in) {
      return FormValidation.ok("Readable, first byte " + in.read());
    }
  }
}
