package dev.vigil.engine.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a patch's files into a checked-out tree without ever following a symbolic link: a
 * scanned repository can hold links that point out of the tree, and a patch (or a reviewer's
 * edited diff) names paths that must stay inside it. Folders a created file needs are made.
 */
public final class TreeFiles {
  private TreeFiles() {}

  /**
   * Writes {@code edit} under {@code root}; returns false, writing nothing, when the tree does not
   * hold what the edit expects: another text, a link or folder in the way, or (for a created
   * file) a file already there.
   */
  public static boolean apply(Path root, FileEdit edit) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(edit.path()).normalize();
    if (!file.startsWith(base) || file.equals(base)) return false;
    Path folder = base;
    for (Path element : base.relativize(file.getParent())) {
      if (element.toString().isEmpty()) continue;
      folder = folder.resolve(element);
      if (Files.isSymbolicLink(folder)) return false;
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        if (!edit.created()) return false;
        Files.createDirectory(folder);
      } else if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    }
    byte[] text = edit.after().getBytes(StandardCharsets.UTF_8);
    if (edit.created()) {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return false;
      // CREATE_NEW refuses whatever appeared at the path meanwhile, a dangling link included.
      Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      return true;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        || !Files.readString(file, StandardCharsets.UTF_8).equals(edit.before())) {
      return false;
    }
    Files.write(file, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    return true;
  }
}
