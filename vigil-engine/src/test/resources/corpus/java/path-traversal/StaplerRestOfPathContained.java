// vigil-expect: safe cwe=22
// case: a Stapler action serves the rest of the path only inside its root (canonical containment)
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class StaplerRestOfPathContained {
  private final File root = new File("/var/lib/reports");

  public void doDynamic(StaplerRequest req, StaplerResponse rsp) throws IOException {
    File file = new File(root, req.getRestOfPath()).getCanonicalFile();
    if (!file.toPath().startsWith(root.getCanonicalFile().toPath())) {
      rsp.sendError(404);
      return;
    }
    rsp.getOutputStream().write(Files.readAllBytes(file.toPath()));
  }
}
