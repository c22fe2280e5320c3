// vigil-expect: safe cwe=117
// case: the query is URL-encoded (so CR and LF become %0D %0A) before java.util.logging logs it
package corpus.logi2;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/catalog/search-encoded")
public class SearchJulEncodedResource {
  private static final Logger LOG = Logger.getLogger(SearchJulEncodedResource.class.getName());

  @GET
  public List<String> search(@QueryParam("q") String q) {
    LOG.log(Level.INFO, "catalog search q={0}", URLEncoder.encode(q, StandardCharsets.UTF_8));
    return List.of();
  }
}
