// vigil-expect: vulnerable cwe=22
// case: the containment check compares the un-normalised path, so "../" in the entry name still escapes
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class UncheckedPrefixGuard {
  public void extract(InputStream in, File dest) throws IOException {
    try (ZipInputStream zis = new ZipInputStream(in)) {
      ZipEntry entry;
      while ((entry = zis.getNextEntry()) != null) {
        File file = new File(dest, entry.getName());
        if (!file.getPath().startsWith(dest.getPath())) {
          throw new IOException("bad entry " + entry.getName());
        }
        // ruleid: java.zip-slip
        try (FileOutputStream out = new FileOutputStream(file)) {
          zis.transferTo(out);
        }
      }
    }
  }
}
