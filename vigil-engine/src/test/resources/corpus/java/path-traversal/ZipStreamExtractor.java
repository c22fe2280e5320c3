// vigil-expect: vulnerable cwe=22
// case: library extracts a ZipInputStream, writing each entry to new File(dest, entry.getName()) (zip slip)
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class ZipStreamExtractor {
  public void extract(InputStream archive, File dest) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        File out = new File(dest, entry.getName());
        out.getParentFile().mkdirs();
        // ruleid: java.zip-slip
        try (OutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
  }
}
