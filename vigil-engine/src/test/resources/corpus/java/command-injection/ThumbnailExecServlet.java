// vigil-expect: vulnerable cwe=78
// case: Runtime.exec of a String.format command line with the uploaded file name
package corpus.cmdi2;

import java.io.IOException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/images/thumbnail")
public class ThumbnailExecServlet extends HttpServlet {
  private static final String CONVERT = "convert /srv/images/%s -resize 200x200 /srv/thumbs/%s";

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String image = req.getParameter("image");
    Process p = Runtime.getRuntime().exec(String.format(CONVERT, image, image));
    resp.setStatus(p.isAlive() ? 202 : 200);
  }
}
