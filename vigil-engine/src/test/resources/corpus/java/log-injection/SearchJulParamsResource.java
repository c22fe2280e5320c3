// vigil-expect: vulnerable cwe=117
// case: java.util.logging with a {0} parameter filled by the raw query
package corpus.logi2;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;

@Path("/catalog/search")
public class SearchJulParamsResource {
  private static final Logger LOG = Logger.getLogger(SearchJulParamsResource.class.getName());

  @GET
  public List<String> search(@QueryParam("q") String q) {
    LOG.log(Level.INFO, "catalog search q={0}", q);
    return List.of();
  }
}
