// vigil-expect: vulnerable cwe=730
// case: a validation endpoint compiles the submitted pattern and tries it on a sample message
package corpus.regex;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/regex/try")
public class CompiledThenMatchedResource {
  private static final String SAMPLE = "Merge pull request #1234 from feature/aaaaaaaaaaaaaaaaaaaaaaaaa";

  @GET
  public String check(@QueryParam("value") String value) {
    try {
      Pattern pattern = Pattern.compile(value);
      return pattern.matcher(SAMPLE).find() ? "matches the sample" : "does not match the sample";
    } catch (PatternSyntaxException e) {
      return "invalid";
    }
  }
}
