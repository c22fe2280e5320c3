package dev.vigil.engine.analysis.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's sample file: workflows separated by {@code ---} lines, with {@code # ruleid: <id>},
 * {@code # ok: <id>} and {@code # todoruleid: <id>} comments (or {@code //} in github-script) on
 * the line before the line they label. Each workflow is returned with every other workflow's
 * lines blanked, so line numbers stay those of the sample file.
 */
record LabelledSample(String text, String ruleId) {
  private static final Pattern LABEL =
      Pattern.compile("(?:#|//)\\s*(ruleid|ok|todoruleid):\\s*([\\w.-]+)");

  /** Returns the lines labelled with {@code kind} for this rule. */
  Set<Integer> lines(String kind) {
    Set<Integer> lines = new TreeSet<>();
    List<String> all = text.lines().toList();
    for (int i = 0; i < all.size(); i++) {
      Matcher matcher = LABEL.matcher(all.get(i));
      if (matcher.find() && matcher.group(1).equals(kind) && matcher.group(2).equals(ruleId)) {
        lines.add(i + 2);
      }
    }
    return lines;
  }

  /** Returns each workflow of the sample with the other workflows' lines blanked. */
  List<String> documents() {
    List<String> all = text.lines().toList();
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= all.size(); i++) {
      if (i == all.size() || all.get(i).strip().equals("---")) {
        spans.add(new int[] {start, i});
        start = i + 1;
      }
    }
    List<String> documents = new ArrayList<>();
    for (int[] span : spans) {
      StringBuilder document = new StringBuilder();
      for (int i = 0; i < all.size(); i++) {
        document.append(i >= span[0] && i < span[1] ? all.get(i) : "").append('\n');
      }
      documents.add(document.toString());
    }
    return documents;
  }
}
