// vigil-expect: safe cwe=730
// case: a validation endpoint compiles the submitted pattern only to report a syntax error, then drops it
package corpus.regex;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/regex/check")
public class SyntaxCheckOnlyResource {
  @GET
  public String check(@QueryParam("value") String value) {
    try {
      Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      return "invalid: " + e.getDescription().length();
    }
    return "ok";
  }
}
