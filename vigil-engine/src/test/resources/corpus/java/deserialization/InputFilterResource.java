// vigil-expect: safe cwe=502
// case: ObjectInputFilter allows only the DTO package
package corpus.deser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Base64;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;

@Path("/deser/input-filter")
public class InputFilterResource {
  @POST
  public void handle(@FormParam("state") String payload, @Context HttpServletResponse response)
      throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(Base64.getDecoder().decode(payload)))) {
      in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.cart.dto.*;java.base/*;!*"));
      response.getWriter().print(in.readObject() != null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
