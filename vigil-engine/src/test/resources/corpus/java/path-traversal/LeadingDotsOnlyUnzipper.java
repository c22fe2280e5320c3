// vigil-expect: vulnerable cwe=22
// case: the hand-written check only looks at the first two characters, so "a/../../etc/cron.d/x" passes
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class LeadingDotsOnlyUnzipper {
  public void extract(InputStream archive, File dest) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (startsWithParent(name)) {
          throw new IOException("entry climbs out: " + name);
        }
        // ruleid: java.zip-slip
        try (OutputStream os = new FileOutputStream(new File(dest, name))) {
          zip.transferTo(os);
        }
      }
    }
  }

  private static boolean startsWithParent(String name) {
    return name.length() >= 2 && name.charAt(0) == '.' && name.charAt(1) == '.';
  }
}
