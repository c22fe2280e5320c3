package dev.vigil.engine.fix;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the imports a fix made unused: a single-type import whose simple name the file used
 * before the edit and no longer uses after it ({@code java.sql.Statement} once the statement became
 * a {@code PreparedStatement}). Imports the file did not use before are the author's business and
 * stay. A use is the name as a word outside import lines, so a mention in a comment keeps it.
 */
final class UnusedImports {
  private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]+\\.(\\w+)\\s*;\\s*$");

  private UnusedImports() {}

  /** Returns {@code after} without the import lines that {@code before} used and {@code after} no longer uses. */
  static String removeNewlyUnused(String before, String after) {
    List<String> lines = UnifiedDiff.splitLines(after);
    String beforeCode = code(UnifiedDiff.splitLines(before));
    String afterCode = code(lines);
    StringBuilder kept = new StringBuilder(after.length());
    for (String line : lines) {
      Matcher m = IMPORT.matcher(line.strip());
      if (m.matches() && used(beforeCode, m.group(1)) && !used(afterCode, m.group(1))) continue;
      kept.append(line);
    }
    return kept.toString();
  }

  private static String code(List<String> lines) {
    return lines.stream().filter(l -> !IMPORT.matcher(l.strip()).matches()).collect(Collectors.joining());
  }

  private static boolean used(String code, String name) {
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(code).find();
  }
}
