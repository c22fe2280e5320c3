// vigil-expect: vulnerable cwe=22
// case: the "escape hatch" is ON unless a strict property is set (= !Boolean.getBoolean(...)), so by default the helper returns true without any check
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public final class OnByDefaultHatchUnzipper {
  static boolean SKIP_CONTAINMENT = !Boolean.getBoolean("unzipper.strict");

  private final File target;

  public OnByDefaultHatchUnzipper(File target) {
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
        // ruleid: java.zip-slip
        try (OutputStream os = new FileOutputStream(out)) {
          zip.transferTo(os);
        }
      }
    }
  }

  private boolean isInsideTarget(File f) throws IOException {
    if (SKIP_CONTAINMENT) {
      return true;
    }
    return f.getCanonicalFile().toPath().startsWith(target.getCanonicalFile().toPath());
  }
}
