// vigil-expect: safe cwe=22
// case: a validator that throws checks form.getPath(); later reads of form.getPath() are then checked values
package corpus.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ThrowingValidatorFormController {
  private static final String BASE = "/srv/site";

  @PostMapping("/site/page")
  public String save(@ModelAttribute PageForm form) throws IOException {
    assertNoTraversal(form.getPath());
    // ok: java.path-injection
    Files.writeString(Paths.get(BASE, form.getPath()), form.getBody());
    return "saved";
  }

  private static void assertNoTraversal(String path) {
    if (path == null || path.contains("..") || path.startsWith("/")) {
      throw new IllegalArgumentException("bad path");
    }
  }

  public static class PageForm {
    private String path;
    private String body;

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public String getBody() {
      return body;
    }

    public void setBody(String body) {
      this.body = body;
    }
  }
}
