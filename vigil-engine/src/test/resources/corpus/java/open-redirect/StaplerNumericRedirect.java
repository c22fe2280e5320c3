// vigil-expect: safe cwe=601
// case: a numeric Stapler query parameter builds a relative redirect
package corpus.redirect;

import org.kohsuke.stapler.HttpRedirect;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.QueryParameter;

public class StaplerNumericRedirect {
  public HttpResponse doPage(@QueryParameter int page) {
    return new HttpRedirect("list?page=" + page);
  }
}
