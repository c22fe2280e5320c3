// vigil-expect: vulnerable cwe=79
// case: form validation message with markup built from the query parameter
package corpus.xss;

import hudson.util.FormValidation;
import org.kohsuke.stapler.QueryParameter;

public class StaplerMarkupValidation {
  public FormValidation doCheckJob(@QueryParameter String value) {
    if (value.isEmpty()) {
      return FormValidation.ok();
    }
    return FormValidation.errorWithMarkup("No such job: <b>" + value + "</b>");
  }
}
