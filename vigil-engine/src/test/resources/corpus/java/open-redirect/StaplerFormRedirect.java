// vigil-expect: vulnerable cwe=601
// case: the URL comes from the submitted JSON form of a Stapler request
package corpus.redirect;

import javax.servlet.ServletException;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.StaplerRequest;

public class StaplerFormRedirect {
  public HttpResponse doConfigSubmit(StaplerRequest req) throws ServletException {
    JSONObject form = req.getSubmittedForm();
    String next = form.getString("next");
    return HttpResponses.redirectTo(next);
  }
}
