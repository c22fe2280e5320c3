// vigil-expect: safe cwe=502
// case: Jackson reads the body into a concrete DTO without default typing
package corpus.deser;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class JacksonTypedBodyServlet extends HttpServlet {
  public record OrderDto(String sku, int quantity) {}

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    OrderDto order = mapper.readValue(req.getInputStream(), OrderDto.class);
    resp.getWriter().print(order.quantity());
  }
}
