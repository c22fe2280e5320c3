// vigil-expect: safe cwe=22
// case: input indexes a fixed list of files
package corpus.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/path/index-lookup")
public class IndexLookupController {
  private static final String UPLOAD_DIR = "/var/app/uploads";

  @GetMapping
  public void handle(@CookieValue("file") String fileName, HttpServletResponse response)
      throws IOException {
    List<String> manuals = List.of("install.pdf", "admin.pdf", "api.pdf");
    String manual = manuals.get(Integer.parseInt(fileName));
    response.getOutputStream().write(Files.readAllBytes(Paths.get("/var/app/manuals", manual)));
  }
}
