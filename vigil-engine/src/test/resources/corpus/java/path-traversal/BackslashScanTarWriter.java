// vigil-expect: vulnerable cwe=22
// case: the inline character loop only rejects backslashes, so "../" entries still climb out
package corpus.archive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

public final class BackslashScanTarWriter {
  public void unpack(InputStream tar, File dest) throws IOException {
    try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
      TarArchiveEntry entry;
      while ((entry = in.getNextTarEntry()) != null) {
        String name = entry.getName();
        for (int i = 0; i < name.length(); i++) {
          if (name.charAt(i) == '\\') {
            throw new IOException("no backslashes: " + name);
          }
        }
        // ruleid: java.zip-slip
        Files.copy(in, new File(dest, name).toPath());
      }
    }
  }
}
