// vigil-expect: safe cwe=22
// case: the entry is chosen by its name, but its content goes to a temp file whose name the archive does not choose
package corpus.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class FixedEntryToTempFile {
  public Path manifest(ZipFile zip) throws IOException {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (entry.getName().equals("META-INF/MANIFEST.MF")) {
        Path tmp = Files.createTempFile("manifest", ".mf");
        try (InputStream in = zip.getInputStream(entry)) {
          // ok: java.zip-slip
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
      }
    }
    return null;
  }
}
