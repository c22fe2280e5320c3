// vigil-expect: vulnerable cwe=79
// case: HTML assembled in a StringBuilder
package corpus.xss;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/xss/builder-html")
public class BuilderHtmlResource {
  @POST
  public void handle(@FormParam("q") String query, @Context HttpServletResponse response)
      throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<ul>");
    for (String tag : query.split(",")) {
      html.append("<li>").append(tag).append("</li>");
    }
    html.append("</ul>");
    response.getWriter().print(html);
  }
}
