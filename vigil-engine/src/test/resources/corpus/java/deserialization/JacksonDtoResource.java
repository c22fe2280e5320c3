// vigil-expect: safe cwe=502
// case: Jackson into a concrete map of strings
package corpus.deser;

import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/deser/jackson-dto")
public class JacksonDtoResource {
  @GET
  @Path("/{state}")
  public void handle(@PathParam("state") String payload, @Context HttpServletResponse response)
      throws IOException {
    Map<?, ?> order = new ObjectMapper().readValue(payload, java.util.LinkedHashMap.class);
    response.getWriter().print(order.size());
  }
}
