// vigil-expect: safe cwe=22
// case: entry names are written as text into a report file at a fixed path; no path comes from them
package corpus.archive;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

public class EntryListingReport {
  public void list(JarFile jar, File reportDir) throws IOException {
    // ok: java.zip-slip
    try (Writer out = new FileWriter(new File(reportDir, "entries.txt"))) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        out.write(e.getName());
        out.write('\n');
      }
    }
  }
}
