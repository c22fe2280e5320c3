// vigil-expect: vulnerable cwe=22
// case: an entry callback (visitor style API) receives each ZipEntry and writes it under its own name
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;

public class EntryCallbackWriter implements EntryVisitor {
  private final File outputDir;

  public EntryCallbackWriter(File outputDir) {
    this.outputDir = outputDir;
  }

  @Override
  public void process(InputStream in, ZipEntry zipEntry) throws IOException {
    File file = new File(outputDir, zipEntry.getName());
    // ruleid: java.zip-slip
    try (FileOutputStream out = new FileOutputStream(file)) {
      in.transferTo(out);
    }
  }
}

interface EntryVisitor {
  void process(InputStream in, ZipEntry zipEntry) throws IOException;
}
