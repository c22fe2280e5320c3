// vigil-expect: safe cwe=22
// case: the multipart submitted file name is reduced by FilenameUtils.getName before Files.copy
package corpus.path2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.servlet.ServletException;
import javax.servlet.annotation.MultipartConfig;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;
import org.apache.commons.io.FilenameUtils;

@WebServlet("/upload/part")
@MultipartConfig
public class PartFilenameUtilsServlet extends HttpServlet {
  private static final Path UPLOADS = Path.of("/srv/uploads");

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
    Part part = req.getPart("file");
    String name = FilenameUtils.getName(part.getSubmittedFileName());
    try (InputStream in = part.getInputStream()) {
      Files.copy(in, UPLOADS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    resp.setStatus(201);
  }
}
