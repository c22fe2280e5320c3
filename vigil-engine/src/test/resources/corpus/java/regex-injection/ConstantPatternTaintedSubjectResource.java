// vigil-expect: safe cwe=730
// case: a constant Pattern matches the tainted subject (Pattern.compile of a constant, matcher of the input)
package corpus.heldout4.regex;

import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/sku")
public class ConstantPatternTaintedSubjectResource {
  private static final Pattern SKU = Pattern.compile("[A-Z]{2}\\d{6}");

  @GET
  public boolean valid(@QueryParam("sku") String sku) {
    return SKU.matcher(sku).matches() && Pattern.matches("[A-Z0-9]+", sku);
  }
}
