// vigil-expect: safe cwe=22
// case: name overwritten before the file is opened
package corpus.path;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/path/overwritten")
public class OverwrittenServlet extends HttpServlet {
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
    String name = fileName;
    name = "terms.pdf";
    try (InputStream in = new FileInputStream(new File("/var/app/static", name))) {
      in.transferTo(response.getOutputStream());
    }
  }
}
