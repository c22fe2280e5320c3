// vigil-expect: vulnerable cwe=502
// case: readObject straight from the request body
package corpus.deser;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/deser/request-stream")
public class RequestStreamResource {
  @POST
  public void handle(@FormParam("state") String payload, @Context HttpServletRequest request, @Context HttpServletResponse response)
      throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
      response.getWriter().print(in.readObject() != null && payload != null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
