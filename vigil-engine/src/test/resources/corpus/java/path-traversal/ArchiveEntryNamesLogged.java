// vigil-expect: safe cwe=22
// case: a remote upload's entry names are logged and counted, and the upload is stored under a generated name
package corpus.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

public class ArchiveEntryNamesLogged {
  private static final Logger LOG = Logger.getLogger("uploads");

  public Path store(byte[] upload, Path inbox) throws IOException {
    int count = 0;
    try (ZipInputStream zis = new ZipInputStream(new java.io.ByteArrayInputStream(upload))) {
      ZipEntry entry;
      while ((entry = zis.getNextEntry()) != null) {
        LOG.info("entry " + entry.getName());
        count++;
      }
    }
    Path target = inbox.resolve(UUID.randomUUID() + "-" + count + ".zip");
    // ok: java.zip-slip
    Files.write(target, upload);
    return target;
  }
}
