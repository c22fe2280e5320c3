package dev.vigil.cli.bench.realrepo;

import java.io.IOException;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Counts the lines of main code of a commit: the code analyzers read Java, so main code is the
 * non-test Java source files, every physical line counted.
 */
public final class MainCode {
  /** States what is counted, for reports. */
  public static final String DEFINITION = "main code = lines of non-test Java source files: *.java"
      + " outside folders named test, tests, testing, it or testFixtures, and not named *Test.java,"
      + " *Tests.java or *IT.java";

  private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "testing", "it", "testFixtures");

  private MainCode() {}

  /** Returns true if the file at {@code path} is main code. */
  public static boolean isMain(String path) {
    if (!path.endsWith(".java")) return false;
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (TEST_FOLDERS.contains(segments[i])) return false;
    }
    String file = segments[segments.length - 1];
    return !file.endsWith("Test.java") && !file.endsWith("Tests.java") && !file.endsWith("IT.java");
  }

  /** Returns the lines of main code in the tree of {@code commit}. */
  public static long count(ObjectReader reader, RevCommit commit) throws IOException {
    long lines = 0;
    try (TreeWalk tree = new TreeWalk(reader)) {
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        boolean regularFile = (tree.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
        if (!regularFile || !isMain(tree.getPathString())) {
          continue;
        }
        lines += lines(reader.open(tree.getObjectId(0)).getBytes());
      }
    }
    return lines;
  }

  /** Returns {@code count} per 10,000 lines of main code ({@code lines}); 0 when there are none. */
  public static double per10k(long count, long lines) {
    return lines == 0 ? 0 : count * 10_000.0 / lines;
  }

  /** Returns the physical lines of a text: its line feeds, plus one for an unterminated last line. */
  static long lines(byte[] text) {
    long count = 0;
    for (byte b : text) if (b == '\n') count++;
    return text.length > 0 && text[text.length - 1] != '\n' ? count + 1 : count;
  }
}
