// vigil-expect: vulnerable cwe=601
// case: Stapler web method redirects to its 'from' query parameter after login
package corpus.redirect;

import hudson.security.SecurityRealm;
import org.kohsuke.stapler.HttpRedirect;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;

public class StaplerFromRedirect extends SecurityRealm {
  public HttpResponse doFinishLogin(StaplerRequest request, @QueryParameter String from) {
    request.getSession().setAttribute("user", "done");
    return new HttpRedirect(from);
  }
}
