// vigil-expect: vulnerable cwe=78
// case: input captured by an anonymous Runnable that runs a command
package corpus.cmdi;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/jobs/convert")
public class AnonymousJobServlet extends HttpServlet {
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    final String format = request.getParameter("format");
    pool.submit(new Runnable() {
      @Override
      public void run() {
        try {
          Runtime.getRuntime().exec("soffice --headless --convert-to " + format + " /srv/in/doc.odt");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    });
    response.setStatus(202);
  }
}
