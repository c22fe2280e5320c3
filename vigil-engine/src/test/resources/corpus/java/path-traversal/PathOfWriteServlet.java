// vigil-expect: vulnerable cwe=22
// case: Path.of with the name, written with Files.writeString
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/path-of-write")
public class PathOfWriteServlet extends HttpServlet {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
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
    Path target = Path.of("/var/app/notes", fileName);
    Files.writeString(target, "created");
  }
}
