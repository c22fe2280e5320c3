package dev.vigil.engine.fix;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One file a patch changes: its path in the tree, its text before and its text after, and whether
 * the patch creates it (then its text before is empty and no file may be at its path yet).
 */
public record FileEdit(String path, String before, String after, boolean created) {
  private static final Pattern TEST_FOLDER = Pattern.compile("(^|/)src/test/");

  public FileEdit {
    checkPath(path);
    Objects.requireNonNull(before, "before == null");
    Objects.requireNonNull(after, "after == null");
    if (created && !before.isEmpty()) throw new IllegalArgumentException("a created file has no text before: " + path);
  }

  /**
   * Throws an {@link IllegalArgumentException} unless {@code path} is a relative path inside a tree:
   * no absolute path, no {@code ..}, {@code .} or empty element, no backslash, nothing under {@code .git}.
   */
  public static void checkPath(String path) {
    Objects.requireNonNull(path, "path == null");
    if (path.contains("\\") || path.indexOf('\0') >= 0 || Stream.of(path.split("/", -1)).anyMatch(FileEdit::unsafe)) {
      throw new IllegalArgumentException("not a relative path inside the tree: '" + path + "'");
    }
  }

  /** Returns true if a path element leaves the tree, names nothing, or reaches into Git's own folder. */
  private static boolean unsafe(String element) {
    return element.isEmpty() || element.equals(".") || element.equals("..") || element.equalsIgnoreCase(".git");
  }

  /** Creates the edit of a file that exists before the patch. */
  public FileEdit(String path, String before, String after) {
    this(path, before, after, false);
  }

  /** Returns the edit that creates the file at {@code path} with {@code text}. */
  public static FileEdit creating(String path, String text) {
    return new FileEdit(path, "", text, true);
  }

  /** Returns true if the edit changes the file's text (a created file always does). */
  public boolean changes() {
    return created || !before.equals(after);
  }

  /** Returns true if the patch adds this file to a test folder ({@code src/test/}): a regression test, not the fix. */
  public boolean addsTest() {
    return created && TEST_FOLDER.matcher(path).find();
  }
}
