// vigil-expect: vulnerable cwe=22
// case: FilenameUtils.getFullPath keeps the directories of the parameter, ../ included
package corpus.heldout3.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;

@WebServlet("/attachment-folders")
public class FilenameUtilsGetPathServlet extends HttpServlet {
  private static final File STORE = new File("/var/lib/app/attachments");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String folder = FilenameUtils.getFullPath(request.getParameter("file"));
    String[] names = new File(STORE, folder).list();
    response.getWriter().print(names == null ? 0 : names.length);
  }
}
