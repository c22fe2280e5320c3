package dev.vigil.engine.threatmodel;

import dev.vigil.engine.git.ScanInputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The files under a folder on disk; {@code .git} is not entered and links are not followed. */
final class FolderTree implements SourceTree {
  private final Path root;
  private final List<String> paths;
  private final FileText text = new FileText();

  FolderTree(Path root) {
    if (!Files.isDirectory(root)) throw new ScanInputException("not a directory: " + root);
    this.root = root;
    List<String> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) found.add(relative(file));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          text.skip(relative(file), "unreadable: " + e.getMessage());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new ScanInputException("cannot read directory " + root + ": " + e.getMessage(), e);
    }
    found.sort(null);
    this.paths = List.copyOf(found);
  }

  @Override
  public List<String> paths() {
    return paths;
  }

  @Override
  public Optional<String> read(String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      text.skip(path, "not a regular file of the tree");
      return Optional.empty();
    }
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        text.skip(path, FileText.tooLarge(size));
        return Optional.empty();
      }
      return text.decode(path, Files.readAllBytes(file));
    } catch (IOException e) {
      text.skip(path, "unreadable: " + e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public List<String> skipped() {
    return text.skipped();
  }

  private String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
