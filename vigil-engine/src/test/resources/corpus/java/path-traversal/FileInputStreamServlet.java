// vigil-expect: vulnerable cwe=22
// case: File built from the upload dir and the name, streamed back
package corpus.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/file-input-stream")
public class FileInputStreamServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String fileName = request.getParameter("file");
    File file = new File(UPLOAD_DIR, fileName);
    try (InputStream in = new FileInputStream(file)) {
      in.transferTo(response.getOutputStream());
    }
  }
}
