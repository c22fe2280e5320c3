// vigil-expect: safe cwe=22
// case: entry names are only used to read the files of an existing folder for comparison, nothing is written
package corpus.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public class ZipEntryComparator {
  public boolean sameContent(ZipFile zip, Path folder) throws IOException {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      if (entry.isDirectory()) continue;
      Path local = folder.resolve(entry.getName());
      if (!Files.exists(local)) return false;
      try (InputStream in = zip.getInputStream(entry)) {
        // ok: java.zip-slip
        if (!Arrays.equals(in.readAllBytes(), Files.readAllBytes(local))) return false;
      }
    }
    return true;
  }
}
