// vigil-expect: safe cwe=22
// case: a hand-written scan walks the entry name segment by segment ('/' and '\' separators) and rejects a segment that is exactly ".."; entries are written only when it passes
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class SegmentScanUnzipper {
  public void extract(InputStream archive, File dest) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (!hasOnlyDescendingSegments(name)) {
          throw new IOException("entry climbs out: " + name);
        }
        // ok: java.zip-slip
        try (OutputStream os = new FileOutputStream(new File(dest, name))) {
          zip.transferTo(os);
        }
      }
    }
  }

  private static boolean hasOnlyDescendingSegments(String name) {
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '/' || name.charAt(i) == '\\') {
        if (isParentSegment(name, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static boolean isParentSegment(String name, int start, int end) {
    return end - start == 2 && name.charAt(start) == '.' && name.charAt(start + 1) == '.';
  }
}
