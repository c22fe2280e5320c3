// vigil-expect: vulnerable cwe=730
// case: Pattern.compile with flags, the pattern a JAX-RS query parameter
package corpus.heldout4.regex;

import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/logs/grep")
public class CaseInsensitiveFlagResource {
  @GET
  public long count(@QueryParam("q") String query) {
    Pattern pattern = Pattern.compile(query, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    return pattern.matcher("error: disk full\nwarning: retry").results().count();
  }
}
