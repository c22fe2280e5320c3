package dev.vigil.engine.fix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The text of the files a fix may read, by path relative to the tree's root: a working tree, a
 * checkout, or files held in memory. A path that leaves the tree or names no regular file is absent.
 */
@FunctionalInterface
public interface SourceFiles {
  /** Returns the text of the file at {@code path}, if there is one. */
  Optional<String> read(String path);

  /** Returns the files of a map of path to text. */
  static SourceFiles of(Map<String, String> texts) {
    Map<String, String> copy = Map.copyOf(texts);
    return path -> Optional.ofNullable(copy.get(path));
  }

  /** Returns the files under {@code root}; symbolic links and paths outside it are absent. */
  static SourceFiles in(Path root) {
    Path base = root.toAbsolutePath().normalize();
    return path -> {
      Path file = base.resolve(path).normalize();
      if (!file.startsWith(base) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      }
    };
  }
}
