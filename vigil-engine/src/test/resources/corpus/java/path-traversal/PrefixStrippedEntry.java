// vigil-expect: vulnerable cwe=22
// case: the entry name has its root folder cut off and is then written with commons-io copyInputStreamToFile
package corpus.archive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.io.FileUtils;

public class PrefixStrippedEntry {
  public void install(InputStream bundle, File home, String root) throws IOException {
    ZipInputStream zin = new ZipInputStream(bundle);
    for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
      String name = e.getName();
      if (!name.startsWith(root) || e.isDirectory()) continue;
      String relative = name.substring(root.length());
      // ruleid: java.zip-slip
      FileUtils.copyInputStreamToFile(new NonClosing(zin), new File(home, relative));
    }
  }

  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
