// vigil-expect: safe cwe=22
// case: a storage class in another file normalizes and checks containment before reading
package corpus.path2.storage;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportDownloadController {
  private final ReportStorage storage = new ReportStorage(Path.of("/srv/reports"));

  @GetMapping(value = "/reports/download", produces = "application/pdf")
  public byte[] download(@RequestParam String file) throws IOException {
    return storage.read(file);
  }
}
