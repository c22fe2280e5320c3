// vigil-expect: safe cwe=22
// case: each zip entry's path is normalized and must stay inside the target before it is written
package corpus.path2;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/themes/import-checked")
public class ZipUploadCheckedServlet extends HttpServlet {
  private static final Path THEMES = Path.of("/srv/themes").toAbsolutePath().normalize();

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(req.getInputStream())) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        Path out = THEMES.resolve(entry.getName()).normalize();
        if (!out.startsWith(THEMES)) {
          resp.sendError(400, "bad entry");
          return;
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        try (OutputStream os = Files.newOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
    resp.setStatus(204);
  }
}
