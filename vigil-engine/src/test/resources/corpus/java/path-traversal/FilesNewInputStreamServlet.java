// vigil-expect: vulnerable cwe=22
// case: Files.newInputStream with a multi-segment Paths.get
package corpus.path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/files-new-input-stream")
public class FilesNewInputStreamServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String fileName = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("file".equals(cookie.getName())) {
          fileName = cookie.getValue();
        }
      }
    }
    try (InputStream in = Files.newInputStream(Paths.get(UPLOAD_DIR, "avatars", fileName))) {
      in.transferTo(response.getOutputStream());
    }
  }
}
