package corpus.path2.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class ReportStorage {
  private final Path root;

  public ReportStorage(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public byte[] read(String relative) throws IOException {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("outside storage: " + relative.length());
    }
    return Files.readAllBytes(file);
  }
}
