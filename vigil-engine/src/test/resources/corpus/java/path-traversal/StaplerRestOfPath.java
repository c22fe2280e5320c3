// vigil-expect: vulnerable cwe=22
// case: a Stapler action serves the file named by the rest of the request path
package corpus.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.kohsuke.stapler.StaplerRequest;
import org.kohsuke.stapler.StaplerResponse;

public class StaplerRestOfPath {
  private final File root = new File("/var/lib/reports");

  public void doDynamic(StaplerRequest req, StaplerResponse rsp) throws IOException {
    File file = new File(root, req.getRestOfPath());
    rsp.getOutputStream().write(Files.readAllBytes(file.toPath()));
  }
}
