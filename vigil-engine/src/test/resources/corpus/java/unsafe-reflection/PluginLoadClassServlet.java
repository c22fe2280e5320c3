// vigil-expect: vulnerable cwe=470
// case: the class loader loads a class named by a request parameter
package corpus.heldout3.refl;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/plugins/run")
public class PluginLoadClassServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String plugin = request.getParameter("plugin");
    try {
      Class<?> type = getClass().getClassLoader().loadClass("com.example.plugins." + plugin);
      Runnable task = (Runnable) type.getDeclaredConstructor().newInstance();
      task.run();
    } catch (ReflectiveOperationException e) {
      response.sendError(400);
    }
  }
}
