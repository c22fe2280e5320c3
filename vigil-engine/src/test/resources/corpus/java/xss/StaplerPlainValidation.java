// vigil-expect: safe cwe=79
// case: form validation message without markup (Jenkins escapes it) built from the query parameter
package corpus.xss;

import hudson.util.FormValidation;
import org.kohsuke.stapler.QueryParameter;

public class StaplerPlainValidation {
  public FormValidation doCheckJob(@QueryParameter String value) {
    if (value.isEmpty()) {
      return FormValidation.ok();
    }
    return FormValidation.error("No such job: " + value);
  }
}
