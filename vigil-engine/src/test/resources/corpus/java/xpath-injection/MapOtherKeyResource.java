// vigil-expect: safe cwe=643
// case: expression uses the key holding a constant
package corpus.xpath;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

@Path("/xpath/map-other-key")
public class MapOtherKeyResource {
  private Document accounts;

  @GET
  public void handle(@HeaderParam("X-Login") String login, @Context HttpServletResponse response)
      throws IOException {
    Map<String, String> params = new HashMap<>();
    params.put("login", login);
    params.put("section", "billing");
    try {
      response.getWriter().print(XPathFactory.newInstance().newXPath()
          .evaluate("/config/section[@name='" + params.get("section") + "']/owner", accounts));
    } catch (XPathExpressionException e) {
      throw new IllegalStateException(e);
    }
  }
}
