// vigil-expect: safe cwe=22
// case: tar entries resolved, normalised and checked with Path.startsWith before they are created
package corpus.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

public class TarNormalizedChecked {
  public void unpack(InputStream tarball, Path dir) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(tarball)) {
      ArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root)) {
          throw new IOException("entry escapes " + root);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          // ok: java.zip-slip
          Files.copy(tar, out);
        }
      }
    }
  }
}
