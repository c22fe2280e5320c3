// vigil-expect: safe cwe=79
// case: the value goes out as JSON through Jackson
package corpus.xss;

import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/json-response")
public class JsonResponseResource {
  @POST
  public void handle(@FormParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    new com.fasterxml.jackson.databind.ObjectMapper().writeValue(response.getWriter(), Map.of("query", query));
  }
}
