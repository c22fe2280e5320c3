package dev.vigil.engine.fix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Unified diffs of patches, in the form {@code git apply} and {@code patch -p1} read: writing one
 * from file edits (three lines of context, Git's histogram diff), and applying one to files. Applying
 * is strict: every context and removed line must match the file exactly, at the hunk's line or
 * within a few lines of it, so a diff edited by a person either applies as written or is refused.
 */
public final class UnifiedDiff {
  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@.*");
  private static final int MAX_OFFSET = 50;
  /** The name a diff gives the missing side of a created file. */
  static final String NO_FILE = "/dev/null";

  private UnifiedDiff() {}

  /** Returns the unified diff of {@code edits}, one {@code diff --git} section per changed file. */
  public static String format(List<FileEdit> edits) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (FileEdit edit : edits) {
      if (!edit.changes()) continue;
      RawText a = new RawText(edit.before().getBytes(StandardCharsets.UTF_8));
      RawText b = new RawText(edit.after().getBytes(StandardCharsets.UTF_8));
      EditList changes = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
          .diff(RawTextComparator.DEFAULT, a, b);
      String header = "diff --git a/" + edit.path() + " b/" + edit.path() + "\n"
          + (edit.created() ? "new file mode 100644\n--- " + NO_FILE : "--- a/" + edit.path()) + "\n+++ b/" + edit.path() + "\n";
      out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
      try (DiffFormatter formatter = new DiffFormatter(out)) {
        formatter.setContext(3);
        formatter.format(changes, a, b);
        formatter.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Returns the edits {@code diff} makes to {@code files}; throws {@link PatchFormatException}
   * naming the file and hunk that is malformed or does not match. A file the diff creates
   * ({@code --- /dev/null}) must not be in the tree yet; a diff never deletes or renames a file.
   */
  public static List<FileEdit> apply(String diff, SourceFiles files) {
    Set<String> created = new HashSet<>();
    Map<String, List<Hunk>> byFile = parse(diff, created);
    if (byFile.isEmpty()) throw new PatchFormatException("the diff changes no file: expected '--- a/PATH' and '+++ b/PATH' lines");
    List<FileEdit> edits = new ArrayList<>();
    for (Map.Entry<String, List<Hunk>> entry : byFile.entrySet()) {
      String path = entry.getKey();
      if (created.contains(path)) {
        if (files.read(path).isPresent()) {
          throw new PatchFormatException("the diff creates " + path + ", which is already in the tree");
        }
        edits.add(FileEdit.creating(path, applyHunks(path, "", entry.getValue())));
        continue;
      }
      String before = files.read(path).orElseThrow(
          () -> new PatchFormatException("the diff changes " + path + ", which is not in the tree"));
      edits.add(new FileEdit(path, before, applyHunks(path, before, entry.getValue())));
    }
    return edits;
  }

  private record Hunk(int oldStart, List<String> oldLines, List<String> newLines, int number) {}

  private static Map<String, List<Hunk>> parse(String diff, Set<String> created) {
    Map<String, List<Hunk>> byFile = new LinkedHashMap<>();
    String[] lines = diff.split("\n", -1);
    String path = null;
    int i = 0;
    while (i < lines.length) {
      String line = lines[i];
      if (line.startsWith("--- ")) {
        if (i + 1 >= lines.length || !lines[i + 1].startsWith("+++ ")) {
          throw new PatchFormatException("line " + (i + 1) + ": '--- ' is not followed by '+++ '");
        }
        String oldPath = stripPrefix(line.substring(4), "a/");
        String newPath = stripPrefix(lines[i + 1].substring(4), "b/");
        if (oldPath.equals(NO_FILE) && !newPath.equals(NO_FILE)) {
          oldPath = newPath;
          created.add(newPath);
        }
        if (!oldPath.equals(newPath) || newPath.equals(NO_FILE)) {
          throw new PatchFormatException("line " + (i + 1) + ": a patch may change and create files, not rename or delete them ("
              + oldPath + " -> " + newPath + ")");
        }
        path = newPath;
        try {
          FileEdit.checkPath(path);
        } catch (IllegalArgumentException e) {
          throw new PatchFormatException("line " + (i + 1) + ": " + e.getMessage());
        }
        byFile.putIfAbsent(path, new ArrayList<>());
        i += 2;
        continue;
      }
      Matcher hunk = HUNK.matcher(line);
      if (hunk.matches()) {
        if (path == null) throw new PatchFormatException("line " + (i + 1) + ": a hunk before any '--- a/PATH' line");
        int oldCount = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
        int newCount = hunk.group(4) == null ? 1 : Integer.parseInt(hunk.group(4));
        List<String> oldLines = new ArrayList<>();
        List<String> newLines = new ArrayList<>();
        i++;
        while (i < lines.length && (oldLines.size() < oldCount || newLines.size() < newCount
            || (i < lines.length && lines[i].startsWith("\\")))) {
          String body = lines[i];
          if (body.startsWith("\\")) {
            char kind = lines[i - 1].isEmpty() ? ' ' : lines[i - 1].charAt(0);
            if (kind != '+') dropNewline(oldLines);
            if (kind != '-') dropNewline(newLines);
          } else if (body.startsWith(" ") || body.isEmpty()) {
            String text = (body.isEmpty() ? "" : body.substring(1)) + "\n";
            oldLines.add(text);
            newLines.add(text);
          } else if (body.startsWith("-")) {
            oldLines.add(body.substring(1) + "\n");
          } else if (body.startsWith("+")) {
            newLines.add(body.substring(1) + "\n");
          } else {
            throw new PatchFormatException("line " + (i + 1) + ": expected ' ', '-' or '+' in a hunk of " + path);
          }
          i++;
        }
        if (oldLines.size() != oldCount || newLines.size() != newCount) {
          throw new PatchFormatException("hunk '" + line + "' of " + path + " has " + oldLines.size() + " old and "
              + newLines.size() + " new lines, not " + oldCount + " and " + newCount);
        }
        List<Hunk> hunks = byFile.get(path);
        hunks.add(new Hunk(Integer.parseInt(hunk.group(1)), oldLines, newLines, hunks.size() + 1));
        continue;
      }
      i++;
    }
    byFile.values().removeIf(List::isEmpty);
    return byFile;
  }

  /** Drops the terminator of the last line, which the diff marks "No newline at end of file". */
  private static void dropNewline(List<String> lines) {
    if (lines.isEmpty()) return;
    String last = lines.get(lines.size() - 1);
    if (last.endsWith("\n")) lines.set(lines.size() - 1, last.substring(0, last.length() - 1));
  }

  private static String applyHunks(String path, String before, List<Hunk> hunks) {
    List<String> lines = splitLines(before);
    List<String> result = new ArrayList<>();
    int next = 0;
    for (Hunk hunk : hunks) {
      int at = locate(lines, hunk, next);
      if (at < 0) {
        throw new PatchFormatException("hunk " + hunk.number() + " of " + path + " (at line " + hunk.oldStart()
            + ") does not match the file: its context or removed lines differ");
      }
      result.addAll(lines.subList(next, at));
      result.addAll(hunk.newLines());
      next = at + hunk.oldLines().size();
    }
    result.addAll(lines.subList(next, lines.size()));
    return String.join("", result);
  }

  private static int locate(List<String> lines, Hunk hunk, int from) {
    int expected = Math.max(hunk.oldStart() - (hunk.oldLines().isEmpty() ? 0 : 1), from);
    for (int offset = 0; offset <= MAX_OFFSET; offset++) {
      for (int at : new int[] {expected + offset, expected - offset}) {
        if (at >= from && at + hunk.oldLines().size() <= lines.size()
            && lines.subList(at, at + hunk.oldLines().size()).equals(hunk.oldLines())) {
          return at;
        }
      }
    }
    return -1;
  }

  /** Returns the lines of {@code text}, each with its terminator (the last may have none). */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) lines.add(text.substring(start));
    return lines;
  }

  private static String stripPrefix(String name, String prefix) {
    String path = name.split("\t", 2)[0].strip();
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }
}
