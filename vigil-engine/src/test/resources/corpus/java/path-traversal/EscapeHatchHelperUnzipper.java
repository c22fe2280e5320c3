// vigil-expect: safe cwe=22
// case: a boolean helper compares canonical paths, with an escape hatch (a system property, off by default) that makes it return true unchecked; entries are written only when it holds
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class EscapeHatchHelperUnzipper {
  /** Lets an administrator restore the old, unchecked extraction. */
  public static boolean ALLOW_OUTSIDE_TARGET = Boolean.getBoolean("unzipper.allowOutsideTarget");

  private final File target;

  public EscapeHatchHelperUnzipper(File target) {
    this.target = target;
  }

  public void extract(InputStream archive) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        File out = new File(target, entry.getName());
        if (!isInsideTarget(out)) {
          throw new IOException(out + " is outside the target folder");
        }
        // ok: java.zip-slip
        try (OutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
  }

  private boolean isInsideTarget(File f) throws IOException {
    if (ALLOW_OUTSIDE_TARGET) {
      return true;
    }
    File root = target.getCanonicalFile();
    File child = f.getCanonicalFile();
    return child.toPath().startsWith(root.toPath());
  }
}
