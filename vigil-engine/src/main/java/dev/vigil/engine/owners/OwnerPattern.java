package dev.vigil.engine.owners;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CODEOWNERS path pattern with GitHub's rules (gitignore's, without {@code !} and {@code [ ]}):
 * a pattern without a slash but at its end matches a name at any depth; a leading or middle slash
 * anchors it at the root; a trailing slash matches directories only; {@code *} and {@code ?} stay
 * within a name, {@code **} spans folders. A pattern that matches a folder covers everything below
 * it, except a last {@code *} ({@code docs/*}), which covers the folder's own files only.
 * Matching is a dynamic programme over names and characters, so a hostile pattern costs at most
 * pattern length times path length.
 */
final class OwnerPattern {
  private static final String ANY_FOLDERS = "**";
  private final List<String> names;
  private final boolean foldersOnly;
  private final boolean coversBelow;

  private OwnerPattern(List<String> names, boolean foldersOnly, boolean coversBelow) {
    this.names = names;
    this.foldersOnly = foldersOnly;
    this.coversBelow = coversBelow;
  }

  /** Returns the pattern of {@code text}, a non-blank CODEOWNERS pattern. */
  static OwnerPattern parse(String text) {
    String pattern = text;
    boolean foldersOnly = pattern.endsWith("/");
    while (pattern.endsWith("/")) pattern = pattern.substring(0, pattern.length() - 1);
    boolean anchored = pattern.contains("/");
    while (pattern.startsWith("/")) pattern = pattern.substring(1);
    List<String> names = new ArrayList<>();
    if (!anchored) names.add(ANY_FOLDERS);
    for (String name : pattern.split("/+")) {
      if (name.isEmpty()) continue;
      // consecutive ** are one
      if (name.equals(ANY_FOLDERS) && !names.isEmpty() && names.get(names.size() - 1).equals(ANY_FOLDERS)) continue;
      names.add(name);
    }
    if (names.isEmpty() || names.equals(List.of(ANY_FOLDERS))) {
      return new OwnerPattern(List.of(ANY_FOLDERS), false, true);
    }
    boolean coversBelow = !names.get(names.size() - 1).equals("*");
    return new OwnerPattern(List.copyOf(names), foldersOnly, coversBelow);
  }

  /** Returns true if the file at {@code path} (slash-separated, from the root) is covered. */
  boolean matches(String path) {
    String[] parts = Arrays.stream(path.split("/+")).filter(p -> !p.isEmpty()).toArray(String[]::new);
    // reach[i][j]: the first i pattern names match the first j path names exactly
    boolean[][] reach = new boolean[names.size() + 1][parts.length + 1];
    reach[0][0] = true;
    for (int i = 1; i <= names.size(); i++) {
      String name = names.get(i - 1);
      for (int j = 0; j <= parts.length; j++) {
        reach[i][j] = name.equals(ANY_FOLDERS)
            ? reach[i - 1][j] || (j > 0 && reach[i][j - 1])
            : j > 0 && reach[i - 1][j - 1] && Glob.matches(name, parts[j - 1]);
      }
    }
    int all = names.size();
    if (reach[all][parts.length] && !foldersOnly) return true;
    if (!coversBelow) return false;
    for (int folder = 1; folder < parts.length; folder++) {
      if (reach[all][folder]) return true;
    }
    return false;
  }

  /** {@code *} and {@code ?} within one name; a backslash takes the next character literally. */
  static final class Glob {
    private Glob() {}

    static boolean matches(String pattern, String name) {
      List<int[]> tokens = tokens(pattern);
      // at[j]: the tokens so far match the first j characters of name
      boolean[] at = new boolean[name.length() + 1];
      at[0] = true;
      for (int[] token : tokens) {
        boolean[] next = new boolean[name.length() + 1];
        for (int j = 0; j <= name.length(); j++) {
          if (token[0] == '*') {
            next[j] = at[j] || (j > 0 && next[j - 1]);
          } else if (j > 0 && at[j - 1]) {
            next[j] = token[0] == '?' || name.charAt(j - 1) == token[1];
          }
        }
        at = next;
      }
      return at[name.length()];
    }

    /** Returns the tokens of a glob: {'*'}, {'?'} or {'c', literal}. */
    private static List<int[]> tokens(String pattern) {
      List<int[]> tokens = new ArrayList<>();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '\\' && i + 1 < pattern.length()) {
          tokens.add(new int[] {'c', pattern.charAt(++i)});
        } else if (c == '*') {
          if (tokens.isEmpty() || tokens.get(tokens.size() - 1)[0] != '*') tokens.add(new int[] {'*'});
        } else if (c == '?') {
          tokens.add(new int[] {'?'});
        } else {
          tokens.add(new int[] {'c', c});
        }
      }
      return tokens;
    }
  }
}
