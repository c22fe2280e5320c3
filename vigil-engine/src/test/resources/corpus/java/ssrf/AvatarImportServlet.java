// vigil-expect: vulnerable cwe=918
// case: the servlet opens an HttpURLConnection to the avatar URL from the form
package corpus.ssrf2;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/account/avatar/import")
public class AvatarImportServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    URL source = new URL(req.getParameter("avatarUrl"));
    HttpURLConnection conn = (HttpURLConnection) source.openConnection();
    conn.setConnectTimeout(3000);
    try (InputStream in = conn.getInputStream()) {
      byte[] image = in.readNBytes(1 << 20);
      resp.setStatus(image.length > 0 ? 201 : 422);
    }
  }
}
