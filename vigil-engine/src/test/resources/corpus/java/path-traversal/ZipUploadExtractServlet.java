// vigil-expect: vulnerable cwe=22
// case: entries of an uploaded zip are written to the directory under their own names (zip slip)
package corpus.path2;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/themes/import")
public class ZipUploadExtractServlet extends HttpServlet {
  private static final File THEMES = new File("/srv/themes");

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(req.getInputStream())) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        File out = new File(THEMES, entry.getName());
        if (entry.isDirectory()) {
          out.mkdirs();
          continue;
        }
        try (OutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
    resp.setStatus(204);
  }
}
