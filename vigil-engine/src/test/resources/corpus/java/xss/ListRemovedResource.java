// vigil-expect: safe cwe=79
// case: the tainted element was removed; a constant is printed
package corpus.xss;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;

@Path("/xss/list-removed")
public class ListRemovedResource {
  @GET
  @Path("/{q}")
  public void handle(@PathParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    List<String> crumbs = new ArrayList<>();
    crumbs.add(query);
    crumbs.add("Home");
    crumbs.remove(0);
    response.getWriter().println("<nav>" + crumbs.get(0) + "</nav>");
  }
}
