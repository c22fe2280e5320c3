package dev.vigil.server.forge;

import dev.vigil.engine.fix.UnifiedDiff;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A fix commit as {@code git format-patch} writes it, so {@code git am} applies it with its author,
 * message and date: the mbox header, the message, a diffstat, and one {@code diff --git} section per
 * file with its {@code index} line.
 */
public final class FormatPatch {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final int MAX_NAME_CHARS = 64;
  private static final int GRAPH_WIDTH = 50;

  private FormatPatch() {}

  /** Returns the text of the {@code git format-patch} file of {@code commit}. */
  public static String of(FixCommit commit) {
    String message = commit.message().strip();
    int cut = message.indexOf('\n');
    String subject = cut < 0 ? message : message.substring(0, cut);
    String body = cut < 0 ? "" : message.substring(cut).strip();
    StringBuilder out = new StringBuilder()
        .append("From ").append(commit.id().name()).append(" Mon Sep 17 00:00:00 2001\n")
        .append("From: ").append(FixCommit.NAME).append(" <").append(FixCommit.EMAIL).append(">\n")
        .append("Date: ").append(DATE.format(commit.at())).append("\n")
        .append("Subject: [PATCH] ").append(subject).append("\n\n");
    if (!body.isEmpty()) out.append(body).append("\n");
    out.append("---\n").append(stat(commit.changes())).append("\n");
    for (FixCommit.Change change : commit.changes()) {
      String diff = UnifiedDiff.format(List.of(change.edit()));
      // Git writes the index line after "new file mode", without a mode of its own there.
      boolean created = change.edit().created();
      int header = diff.indexOf('\n', created ? diff.indexOf('\n') + 1 : 0) + 1;
      out.append(diff, 0, header)
          .append("index ").append(change.before().abbreviate(7).name()).append("..")
          .append(change.after().abbreviate(7).name()).append(created ? "" : " " + change.mode()).append('\n')
          .append(diff, header, diff.length());
    }
    return out.append("-- \nVigil\n\n").toString();
  }

  /** Returns the file name {@code git format-patch} gives the commit: {@code 0001-<subject>.patch}. */
  public static String fileName(FixCommit commit) {
    String subject = commit.message().strip().lines().findFirst().orElse("fix");
    String name = subject.replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
    if (name.length() > MAX_NAME_CHARS) name = name.substring(0, MAX_NAME_CHARS).replaceAll("[-.]+$", "");
    return "0001-" + name + ".patch";
  }

  /** Returns the diffstat: a line per file with its changed lines, then the totals. */
  private static String stat(List<FixCommit.Change> changes) {
    int width = changes.stream().mapToInt(c -> c.edit().path().length()).max().orElse(0);
    int insertions = 0;
    int deletions = 0;
    StringBuilder out = new StringBuilder();
    for (FixCommit.Change change : changes) {
      int[] counts = counts(UnifiedDiff.format(List.of(change.edit())));
      insertions += counts[0];
      deletions += counts[1];
      int total = counts[0] + counts[1];
      double scale = total > GRAPH_WIDTH ? (double) GRAPH_WIDTH / total : 1;
      out.append(' ').append(String.format(Locale.ROOT, "%-" + width + "s", change.edit().path()))
          .append(" | ").append(total).append(' ')
          .append("+".repeat((int) Math.ceil(counts[0] * scale))).append("-".repeat((int) Math.ceil(counts[1] * scale)))
          .append('\n');
    }
    return out.append(' ').append(changes.size()).append(changes.size() == 1 ? " file changed" : " files changed")
        .append(insertions > 0 ? ", " + insertions + (insertions == 1 ? " insertion(+)" : " insertions(+)") : "")
        .append(deletions > 0 ? ", " + deletions + (deletions == 1 ? " deletion(-)" : " deletions(-)") : "")
        .append('\n').toString();
  }

  /** Returns the added and removed lines of a one-file diff. */
  private static int[] counts(String diff) {
    int[] counts = new int[2];
    diff.lines().filter(l -> !l.startsWith("+++ ") && !l.startsWith("--- ")).forEach(line -> {
      if (line.startsWith("+")) counts[0]++;
      if (line.startsWith("-")) counts[1]++;
    });
    return counts;
  }
}
