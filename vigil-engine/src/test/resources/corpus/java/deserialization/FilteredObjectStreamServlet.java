// vigil-expect: safe cwe=502
// case: an ObjectInputFilter allow-lists the DTO package and rejects everything else
package corpus.deser;

import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class FilteredObjectStreamServlet extends HttpServlet {
  private static final ObjectInputFilter DTOS =
      ObjectInputFilter.Config.createFilter("com.acme.dto.*;java.util.*;java.lang.*;!*");

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(req.getInputStream())) {
      in.setObjectInputFilter(DTOS);
      resp.getWriter().print(in.readObject());
    } catch (ClassNotFoundException e) {
      resp.sendError(400);
    }
  }
}
