// vigil-expect: vulnerable cwe=79
// case: PrintWriter.printf with the value
package corpus.xss;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/xss/writer-printf")
public class WriterPrintfServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String query = request.getHeader("X-Q");
    PrintWriter out = response.getWriter();
    out.printf("<title>%s - Shop</title>", query);
  }
}
