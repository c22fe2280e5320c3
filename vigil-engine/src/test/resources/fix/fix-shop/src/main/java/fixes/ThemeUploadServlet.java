package fixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Installs an uploaded theme archive into the themes folder. */
public class ThemeUploadServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    unpack(request.getInputStream(), new File(getServletContext().getRealPath("/themes")));
    response.setStatus(204);
  }

  void unpack(InputStream upload, File destination) throws IOException {
    try (ZipInputStream archive = new ZipInputStream(upload)) {
      for (ZipEntry item = archive.getNextEntry(); item != null; item = archive.getNextEntry()) {
        File target = new File(destination, item.getName());
        if (!item.isDirectory()) Files.copy(archive, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
