// vigil-expect: safe cwe=502
// case: XStream with an explicit allow-list of types
package corpus.deser;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import com.thoughtworks.xstream.XStream;

@Path("/deser/xstream-allow-list")
public class XstreamAllowListResource {
  @GET
  public void handle(@HeaderParam("X-State") String payload, @Context HttpServletResponse response)
      throws IOException {
    XStream xstream = new XStream();
    xstream.allowTypes(new Class<?>[] {java.util.ArrayList.class, String.class});
    Object items = xstream.fromXML(payload);
    response.getWriter().print(items != null);
  }
}
