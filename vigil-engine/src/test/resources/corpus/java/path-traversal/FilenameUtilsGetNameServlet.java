// vigil-expect: safe cwe=22
// case: commons-io FilenameUtils.getName keeps only the last name of the uploaded path, so no ../ survives
package corpus.heldout3.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;

@WebServlet("/attachments")
public class FilenameUtilsGetNameServlet extends HttpServlet {
  private static final File STORE = new File("/var/lib/app/attachments");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = FilenameUtils.getName(request.getParameter("file"));
    Files.copy(new File(STORE, name).toPath(), response.getOutputStream());
  }
}
