// vigil-expect: safe cwe=79
// case: HTML reads the key holding a constant
package corpus.xss;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/map-other-key")
public class MapOtherKeyResource {
  @POST
  public void handle(@FormParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    Map<String, String> model = new HashMap<>();
    model.put("search", query);
    model.put("title", "Catalogue");
    response.getWriter().println("<h2>" + model.get("title") + "</h2>");
  }
}
