// vigil-expect: safe cwe=113
// case: URLEncoder encodes the file name for filename*= in Content-Disposition
package corpus.header;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class EncodedFilenameStarServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("name");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    resp.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
    resp.getOutputStream().write(new byte[0]);
  }
}
