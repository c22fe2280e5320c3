// vigil-expect: safe cwe=22
// case: the caller reads the guard OR-ed with an escape-hatch field that is false unless a setter turns it on: if (!lenient && !isPlainName(name)) throw
package corpus.archive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

public final class EscapeHatchCallerTarReader {
  private boolean lenientNames = false;

  public void setLenientNames(boolean lenientNames) {
    this.lenientNames = lenientNames;
  }

  public void unpack(InputStream tar, File dest) throws IOException {
    try (TarArchiveInputStream in = new TarArchiveInputStream(tar)) {
      TarArchiveEntry entry;
      while ((entry = in.getNextTarEntry()) != null) {
        String name = entry.getName();
        if (!lenientNames && !isPlainName(name)) {
          throw new IOException("refusing entry " + name);
        }
        File out = new File(dest, name);
        // ok: java.zip-slip
        Files.copy(in, out.toPath());
      }
    }
  }

  private static boolean isPlainName(String name) {
    return !name.contains("..") && !name.startsWith("/");
  }
}
