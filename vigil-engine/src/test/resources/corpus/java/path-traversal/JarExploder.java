// vigil-expect: vulnerable cwe=22
// case: a plugin loader explodes a jar: JarEntry names become directories and files under the cache
package corpus.archive;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

public class JarExploder {
  private final File cache;

  public JarExploder(File cache) {
    this.cache = cache;
  }

  public void explode(File jar) throws IOException {
    try (JarFile jf = new JarFile(jar)) {
      for (Enumeration<JarEntry> it = jf.entries(); it.hasMoreElements(); ) {
        JarEntry je = it.nextElement();
        File target = new File(cache, je.getName());
        if (je.isDirectory()) {
          // ruleid: java.zip-slip
          target.mkdirs();
          continue;
        }
        try (InputStream in = jf.getInputStream(je); FileOutputStream out = new FileOutputStream(target)) {
          in.transferTo(out);
        }
      }
    }
  }
}
