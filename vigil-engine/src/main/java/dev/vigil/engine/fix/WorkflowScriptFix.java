package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workflow script injection: the {@code ${{ }}} expression pasted into a step's {@code run:} script
 * moves to the step's {@code env:}, and the script reads the variable, quoted ({@code "$ISSUE_TITLE"}),
 * so the runner no longer writes the value into the script's text. The workflow is edited as text:
 * every other line stays as it was. A github-script step, or an expression inside single quotes
 * (where the variable would not expand), is refused.
 */
final class WorkflowScriptFix implements FixGenerator {
  private static final Pattern NAMED = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
  private static final Pattern KEY = Pattern.compile("^(\\s*)(- )?([A-Za-z_-]+):(.*)$");

  @Override
  public boolean handles(Finding finding) {
    return finding.ruleId().equals("ci.script-injection");
  }

  @Override
  public Proposal propose(Finding finding, SourceFiles files) {
    String path = finding.location().path();
    String text = files.read(path).orElse(null);
    if (text == null) return Proposal.refused(path + " is not in the tree");
    Matcher named = NAMED.matcher(finding.message());
    if (!named.find()) return Proposal.refused("the finding does not name the expression it found");
    String expression = named.group(1);
    List<String> lines = new ArrayList<>(UnifiedDiff.splitLines(text));
    int line = finding.location().line() - 1;
    int run = line;
    while (run >= 0 && !isKey(lines.get(run), "run")) run--;
    if (run < 0 || line >= lines.size()) {
      return Proposal.refused("the expression is not in a run: script (a github-script script reads process.env instead)");
    }
    Matcher key = KEY.matcher(strip(lines.get(run)));
    key.matches();
    int indent = key.group(1).length() + (key.group(2) == null ? 0 : 2);
    String variable = variable(expression);
    int end = run + 1;
    while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) end++;
    String literal = "${{ " + expression + " }}";
    for (int i = run; i < end; i++) {
      String replaced = replace(lines.get(i), expression, variable, i == run ? key.start(4) : 0);
      if (replaced == null) {
        return Proposal.refused(literal + " is inside single quotes on line " + (i + 1) + ", where a variable does not "
            + "expand: the script needs a person");
      }
      lines.set(i, replaced);
    }
    if (!addEnv(lines, run, indent, key.group(2) != null, variable + ": " + literal)) {
      return Proposal.refused("the step's env: is written inline, so the variable cannot be added line by line");
    }
    String after = String.join("", lines);
    return new Proposal.Fixed(new RemediationPatch(finding.ruleId(), "Passes " + literal + " to the script through the "
        + "step's env: as " + variable + " and reads it quoted, so the runner no longer writes the value into the "
        + "script's text, and the shell treats it as data.", List.of(), List.of(new FileEdit(path, text, after))));
  }

  /** Returns the line with every occurrence of the expression replaced by the variable, or null if one is single-quoted. */
  private static String replace(String line, String expression, String variable, int from) {
    Matcher m = NAMED.matcher(line);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      if (m.start() < from || !m.group(1).equals(expression)) continue;
      String before = line.substring(0, m.start());
      int doubles = count(before, '"');
      if (doubles % 2 == 0 && count(before, '\'') % 2 == 1) return null;
      out.append(line, last, m.start()).append(doubles % 2 == 1 ? "${" + variable + "}" : "\"${" + variable + "}\"");
      last = m.end();
    }
    return out.append(line.substring(last)).toString();
  }

  /** Adds the entry to the step's {@code env:} block, creating it before {@code run:}; false if env: is not a block. */
  private static boolean addEnv(List<String> lines, int run, int indent, boolean dashed, String entry) {
    int start = run;
    while (start > 0 && !(indentOf(lines.get(start)) == indent - 2 && lines.get(start).stripLeading().startsWith("- "))) {
      start--;
    }
    for (int i = start; i < lines.size() && (i == start || lines.get(i).isBlank() || indentOf(lines.get(i)) >= indent); i++) {
      Matcher key = KEY.matcher(strip(lines.get(i)));
      if (!key.matches() || !key.group(3).equals("env")
          || key.group(1).length() + (key.group(2) == null ? 0 : 2) != indent) {
        continue;
      }
      if (!key.group(4).isBlank()) return false;
      int child = i + 1 < lines.size() && !lines.get(i + 1).isBlank() ? indentOf(lines.get(i + 1)) : indent + 2;
      lines.add(i + 1, " ".repeat(child) + entry + "\n");
      return true;
    }
    String pad = " ".repeat(indent);
    if (dashed) {
      lines.set(run, pad + lines.get(run).substring(indent));
      lines.add(run, " ".repeat(indent - 2) + "- env:\n");
    } else {
      lines.add(run, pad + "env:\n");
    }
    lines.add(run + 1, pad + "  " + entry + "\n");
    return true;
  }

  /** Returns the variable named after the expression: {@code github.event.issue.title} becomes {@code ISSUE_TITLE}. */
  static String variable(String expression) {
    String name = expression.replaceFirst("^github\\.event\\.", "").replaceFirst("^github\\.", "")
        .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "VALUE_" + name : name;
  }

  private static boolean isKey(String line, String name) {
    Matcher m = KEY.matcher(strip(line));
    return m.matches() && m.group(3).equals(name);
  }

  private static String strip(String line) {
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(x -> x == c).count();
  }
}
