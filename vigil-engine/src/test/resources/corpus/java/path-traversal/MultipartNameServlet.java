// vigil-expect: vulnerable cwe=22
// case: multipart upload stored under the submitted file name
package corpus.path;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/multipart-name")
public class MultipartNameServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String fileName = request.getParameter("file");
    javax.servlet.http.Part part;
    try {
      part = request.getPart("file");
    } catch (javax.servlet.ServletException e) {
      throw new IOException(e);
    }
    part.write(UPLOAD_DIR + "/" + part.getSubmittedFileName());
  }
}
