// vigil-expect: safe cwe=730
// case: the prefix is quoted, then a constant suffix is appended to the pattern
package corpus.heldout4.regex;

import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/files")
public class QuotedPrefixResource {
  @GET
  public boolean starts(@QueryParam("prefix") String prefix) {
    Pattern pattern = Pattern.compile("^" + Pattern.quote(prefix) + "[-_]\\d+\\.txt$");
    return pattern.matcher("report-1.txt").matches();
  }
}
