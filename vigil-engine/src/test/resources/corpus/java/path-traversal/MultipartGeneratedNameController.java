// vigil-expect: safe cwe=22
// case: the stored name is a random UUID plus an extension checked against a constant allow-list
package corpus.path2;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class MultipartGeneratedNameController {
  private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif");
  private final File uploadDir = new File("/srv/uploads");

  @PostMapping("/upload-image")
  public ResponseEntity<String> upload(@RequestParam("file") MultipartFile file) throws IOException {
    String ext = StringUtils.getFilenameExtension(file.getOriginalFilename());
    if (ext == null || !IMAGE_TYPES.contains(ext.toLowerCase(Locale.ROOT))) {
      return ResponseEntity.badRequest().body("unsupported type");
    }
    String stored = UUID.randomUUID() + "." + ext.toLowerCase(Locale.ROOT);
    file.transferTo(new File(uploadDir, stored));
    return ResponseEntity.ok(stored);
  }
}
