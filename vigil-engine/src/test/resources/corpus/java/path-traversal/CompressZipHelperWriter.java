// vigil-expect: vulnerable cwe=22
// case: commons-compress ZipFile.getEntries; the entry name reaches a private helper that writes the file
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

public class CompressZipHelperWriter {
  public void extractAll(File archive, File dest) throws IOException {
    try (ZipFile zf = new ZipFile(archive)) {
      Enumeration<ZipArchiveEntry> entries = zf.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry ze = entries.nextElement();
        if (!ze.isDirectory()) {
          write(dest, ze.getName(), zf.getInputStream(ze));
        }
      }
    }
  }

  private static void write(File dest, String name, InputStream in) throws IOException {
    File f = new File(dest, name);
    f.getParentFile().mkdirs();
    // ruleid: java.zip-slip
    try (FileOutputStream out = new FileOutputStream(f)) {
      in.transferTo(out);
    }
  }
}
