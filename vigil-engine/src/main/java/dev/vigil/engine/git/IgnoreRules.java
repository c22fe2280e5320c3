package dev.vigil.engine.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.ignore.FastIgnoreRule;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The repository's {@code .vigilignore}: gitignore syntax (JGit's rules), the last matching line
 * decides, {@code !} re-includes, a pattern matching a folder covers what is below it. A history
 * pass applies the file of its newest commit at every commit of the window, so ignoring a folder
 * today keeps its past out too, and editing the file never makes findings look introduced or fixed.
 * Paths it ignores are kept out of analysis and reported as skipped with the pattern that matched.
 */
public final class IgnoreRules {
  /** The file's path at the root of the repository or folder. */
  public static final String FILE = ".vigilignore";
  /** The most bytes read; the rest of a larger file is ignored. */
  static final int MAX_BYTES = 1024 * 1024;
  /** No file: nothing is ignored. */
  public static final IgnoreRules NONE = new IgnoreRules(List.of());

  private final List<FastIgnoreRule> rules;

  private IgnoreRules(List<FastIgnoreRule> rules) {
    this.rules = rules;
  }

  /** Returns the rules of {@code text}, one gitignore pattern a line ({@code #} comments). */
  public static IgnoreRules parse(String text) {
    List<FastIgnoreRule> rules = new ArrayList<>();
    for (String line : text.split("\r?\n|\r")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      FastIgnoreRule rule = new FastIgnoreRule(line);
      if (!rule.isEmpty()) rules.add(rule);
    }
    return rules.isEmpty() ? NONE : new IgnoreRules(List.copyOf(rules));
  }

  /** Returns the rules of the file at the root of {@code tree}, or {@link #NONE} without one. */
  static IgnoreRules at(ObjectReader reader, RevTree tree) throws IOException {
    try (TreeWalk entry = TreeWalk.forPath(reader, FILE, tree)) {
      if (entry == null || entry.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) return NONE;
      ObjectId blob = entry.getObjectId(0);
      byte[] bytes = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
      int length = Math.min(bytes.length, MAX_BYTES);
      return parse(new String(bytes, 0, length, StandardCharsets.UTF_8));
    }
  }

  /** Returns the rules of the file at the root of {@code folder}, or {@link #NONE} without one. */
  static IgnoreRules in(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return NONE;
    byte[] bytes = Files.readAllBytes(file);
    return parse(new String(bytes, 0, Math.min(bytes.length, MAX_BYTES), StandardCharsets.UTF_8));
  }

  /** Returns the pattern that keeps {@code path} out of analysis, if one does. */
  public Optional<String> ruleIgnoring(String path) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      FastIgnoreRule rule = rules.get(i);
      if (rule.isMatch(path, false)) return rule.getResult() ? Optional.of(rule.toString()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Returns true if {@code path} is kept out of analysis. */
  public boolean ignores(String path) {
    return ruleIgnoring(path).isPresent();
  }
}
