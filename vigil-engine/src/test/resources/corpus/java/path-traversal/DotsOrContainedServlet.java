// vigil-expect: safe cwe=22
// case: a name with ".." is accepted only if its canonical file stays inside the folder (indexOf plus containment)
package corpus.guard;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class DotsOrContainedServlet extends HttpServlet {
  private static final File NOTES = new File("/var/notes");

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String name = req.getParameter("note");
    File file = new File(NOTES, name);
    if (name.indexOf("..") != -1 && !file.getCanonicalPath().startsWith(NOTES.getCanonicalPath())) {
      throw new IOException("The file " + name + " leaves " + NOTES);
    }
    // ok: java.path-injection
    try (Writer w = new FileWriter(file)) {
      w.write(req.getParameter("text"));
    }
  }
}
