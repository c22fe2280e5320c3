// vigil-expect: vulnerable cwe=22
// case: ZipFile.entries() enumeration, each entry copied to target.resolve(name) with Files.copy
package corpus.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public final class ZipFileEnumerationCopy {
  public static void unpack(Path zipPath, Path target) throws IOException {
    try (ZipFile zip = new ZipFile(zipPath.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory()) continue;
        try (InputStream in = zip.getInputStream(e)) {
          // ruleid: java.zip-slip
          Files.copy(in, target.resolve(e.getName()));
        }
      }
    }
  }
}
