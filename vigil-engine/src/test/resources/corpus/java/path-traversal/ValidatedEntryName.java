// vigil-expect: safe cwe=22
// case: a helper that throws on ".." or an absolute name validates the entry name before it is used
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class ValidatedEntryName {
  public void extract(InputStream in, File dest) throws IOException {
    try (ZipInputStream zis = new ZipInputStream(in)) {
      ZipEntry entry;
      while ((entry = zis.getNextEntry()) != null) {
        String name = entry.getName();
        requireRelative(name);
        // ok: java.zip-slip
        try (FileOutputStream out = new FileOutputStream(new File(dest, name))) {
          zis.transferTo(out);
        }
      }
    }
  }

  private static void requireRelative(String name) throws IOException {
    if (name.startsWith("/") || name.contains("..")) {
      throw new IOException("illegal entry name " + name);
    }
  }
}
