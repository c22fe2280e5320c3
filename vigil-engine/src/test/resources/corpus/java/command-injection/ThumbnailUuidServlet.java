// vigil-expect: safe cwe=78
// case: the image id is parsed as a UUID and its canonical string is used in the command line
package corpus.cmdi2;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/images/thumbnail-by-id")
public class ThumbnailUuidServlet extends HttpServlet {
  private static final String CONVERT = "convert /srv/images/%s.png -resize 200x200 /srv/thumbs/%s.png";

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    UUID id = UUID.fromString(req.getParameter("id"));
    String name = id.toString();
    Process p = Runtime.getRuntime().exec(String.format(CONVERT, name, name));
    resp.setStatus(p.isAlive() ? 202 : 200);
  }
}
