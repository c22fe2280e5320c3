// vigil-expect: safe cwe=22
// case: a helper in another file strips directories with FilenameUtils.getName
package corpus.path.attach;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class AttachmentServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = FileNames.leaf(request.getParameter("name"));
    File file = new File("/var/app/attachments", name);
    response.getOutputStream().write(Files.readAllBytes(file.toPath()));
  }
}
