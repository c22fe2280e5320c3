// vigil-expect: vulnerable cwe=22
// case: commons-compress TarArchiveInputStream, getNextTarEntry, Files.newOutputStream(dir.resolve(name))
package corpus.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

public class TarGzUnpacker {
  public void unpack(InputStream tgz, Path dir) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(tgz))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextTarEntry()) != null) {
        Path out = dir.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          // ruleid: java.zip-slip
          try (OutputStream os = Files.newOutputStream(out)) {
            tar.transferTo(os);
          }
        }
      }
    }
  }
}
