// vigil-expect: safe cwe=601
// case: Stapler web method follows 'from' only when Jenkins says it is safe to redirect to
package corpus.redirect;

import hudson.Util;
import hudson.security.SecurityRealm;
import org.kohsuke.stapler.HttpRedirect;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest;

public class StaplerFromCheckedRedirect extends SecurityRealm {
  public HttpResponse doFinishLogin(StaplerRequest request, @QueryParameter String from) {
    String target = "/";
    if (from != null && Util.isSafeToRedirectTo(from)) {
      target = from;
    }
    return new HttpRedirect(target);
  }
}
