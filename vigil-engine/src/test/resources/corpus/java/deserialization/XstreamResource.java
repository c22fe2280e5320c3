// vigil-expect: vulnerable cwe=502
// case: XStream.fromXML without a type allow-list
package corpus.deser;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import com.thoughtworks.xstream.XStream;

@Path("/deser/xstream")
public class XstreamResource {
  @POST
  public void handle(@FormParam("state") String payload, @Context HttpServletResponse response)
      throws IOException {
    XStream xstream = new XStream();
    Object order = xstream.fromXML(payload);
    response.getWriter().print(order.hashCode());
  }
}
