// vigil-expect: safe cwe=502
// case: deserialises a bundled resource; request value only compared
package corpus.deser;

import java.io.IOException;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/deser/bundled-resource")
public class BundledResourceResource {
  @POST
  public void handle(@FormParam("state") String payload, @Context HttpServletResponse response)
      throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(getClass().getResourceAsStream("/defaults.ser"))) {
      Object defaults = in.readObject();
      response.getWriter().print(String.valueOf(defaults).equals(payload));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
