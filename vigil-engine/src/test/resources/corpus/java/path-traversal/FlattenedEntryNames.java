// vigil-expect: safe cwe=22
// case: only the last segment of the entry name is kept (new File(name).getName()), so entries land in one folder
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class FlattenedEntryNames {
  public void importImages(InputStream upload, File gallery) throws IOException {
    try (ZipInputStream zis = new ZipInputStream(upload)) {
      ZipEntry entry;
      while ((entry = zis.getNextEntry()) != null) {
        if (entry.isDirectory()) continue;
        String fileName = new File(entry.getName()).getName();
        // ok: java.zip-slip
        try (FileOutputStream out = new FileOutputStream(new File(gallery, fileName))) {
          zis.transferTo(out);
        }
      }
    }
  }
}
