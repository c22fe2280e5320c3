// vigil-expect: safe cwe=113
// case: response locale from a parsed language tag
package corpus.header;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/header/set-locale")
public class SetLocaleResource {
  @GET
  public void handle(@HeaderParam("X-Lang") String lang, @Context HttpServletResponse response)
      throws IOException {
    response.setLocale(Locale.forLanguageTag(lang));
  }
}
