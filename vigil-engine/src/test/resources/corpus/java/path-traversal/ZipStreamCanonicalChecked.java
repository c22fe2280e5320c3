// vigil-expect: safe cwe=22
// case: each entry's canonical path must start with the destination's canonical path plus a separator
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class ZipStreamCanonicalChecked {
  public void extract(InputStream archive, File dest) throws IOException {
    String destPath = dest.getCanonicalPath() + File.separator;
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        File out = new File(dest, entry.getName());
        if (!out.getCanonicalPath().startsWith(destPath)) {
          throw new IOException("Entry is outside of the target dir: " + entry.getName());
        }
        // ok: java.zip-slip
        try (OutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
  }
}
