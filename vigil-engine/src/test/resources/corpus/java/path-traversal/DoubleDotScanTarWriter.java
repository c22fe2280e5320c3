// vigil-expect: safe cwe=22
// case: an inline loop over the name's characters throws at any '.' followed by '.', before the entry is written
package corpus.archive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

public final class DoubleDotScanTarWriter {
  public void unpack(InputStream tar, File dest) throws IOException {
    try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
      TarArchiveEntry entry;
      while ((entry = in.getNextTarEntry()) != null) {
        String name = entry.getName();
        for (int i = 0; i + 1 < name.length(); i++) {
          if (name.charAt(i) == '.' && name.charAt(i + 1) == '.') {
            throw new IOException("no parent references: " + name);
          }
        }
        // ok: java.zip-slip
        Files.copy(in, new File(dest, name).toPath());
      }
    }
  }
}
