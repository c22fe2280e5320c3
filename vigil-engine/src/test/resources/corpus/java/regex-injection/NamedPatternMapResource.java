// vigil-expect: safe cwe=730
// case: the parameter only picks one of the application's own patterns from a constant map
package corpus.heldout4.regex;

import java.util.Map;
import java.util.regex.Pattern;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/validate")
public class NamedPatternMapResource {
  private static final Map<String, Pattern> FORMATS = Map.of(
      "zip", Pattern.compile("\\d{5}"),
      "phone", Pattern.compile("\\+?[0-9 ]{6,15}"));

  @GET
  public boolean validate(@QueryParam("format") String format, @QueryParam("value") String value) {
    Pattern pattern = FORMATS.getOrDefault(format, FORMATS.get("zip"));
    return pattern.matcher(value).matches();
  }
}
