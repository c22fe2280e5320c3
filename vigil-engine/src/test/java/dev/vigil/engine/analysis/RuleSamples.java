package dev.vigil.engine.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an analyzer's findings against the expectations written in a sample file, semgrep style.
 * A marker line such as {@code # ruleid: a.rule} or {@code // ok: a.rule, b.rule} sets an
 * expectation for the next line that is not itself a marker (so several markers can stack):
 *
 * <ul>
 *   <li>{@code ruleid: R}: that line must produce exactly one finding of rule R;
 *   <li>{@code ok: R}: that line must produce no finding of rule R;
 *   <li>{@code todoruleid: R}: a known miss; the line must still produce no finding of R, so that
 *       fixing it forces the marker to become {@code ruleid}.
 * </ul>
 *
 * <p>Any finding on a line whose markers do not expect that rule is a false alarm. A finding counts
 * for the line its location starts on. Marker lines may start with any comment opener of up to
 * four punctuation characters ({@code #}, {@code //}, {@code --}, {@code /*}, {@code <!--}...).
 */
public final class RuleSamples {
  private static final Pattern MARKER = Pattern.compile(
      "^\\s*[^\\w\\s]{0,4}\\s*(todoruleid|ruleid|ok):\\s*([\\w.-]+(?:\\s*,\\s*[\\w.-]+)*)\\s*"
          + "(?:\\*/|-->)?\\s*$");

  private final String sampleName;
  private final List<Expectation> expectations;

  private RuleSamples(String sampleName, List<Expectation> expectations) {
    this.sampleName = sampleName;
    this.expectations = List.copyOf(expectations);
  }

  /** What a marker expects of a line. */
  public enum Kind { RULEID, OK, TODO }

  /** One expectation: a kind, a rule, the marker's line and the line it is about (1-based). */
  public record Expectation(Kind kind, String ruleId, int markerLine, int line) {
    public Expectation {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(ruleId, "ruleId == null");
    }
  }

  /** Parses the markers of a sample; throws if a marker is not followed by a line to apply to. */
  public static RuleSamples parse(String sampleName, String text) {
    String[] lines = text.split("\r?\n", -1);
    List<Expectation> expectations = new ArrayList<>();
    List<String[]> pending = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher marker = MARKER.matcher(lines[i]);
      if (marker.matches()) {
        for (String ruleId : marker.group(2).split("\\s*,\\s*")) {
          pending.add(new String[] {marker.group(1), ruleId, String.valueOf(i + 1)});
        }
        continue;
      }
      for (String[] p : pending) {
        expectations.add(new Expectation(kind(p[0]), p[1], Integer.parseInt(p[2]), i + 1));
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(sampleName + ": marker on line " + pending.get(0)[2]
          + " is not followed by a line to check");
    }
    return new RuleSamples(sampleName, expectations);
  }

  private static Kind kind(String word) {
    return switch (word) {
      case "ruleid" -> Kind.RULEID;
      case "ok" -> Kind.OK;
      default -> Kind.TODO;
    };
  }

  /** Returns the expectations in file order. */
  public List<Expectation> expectations() {
    return expectations;
  }

  /** Returns the number of expectations of a kind, optionally for one rule (null for all). */
  public long count(Kind kind, String ruleId) {
    return expectations.stream()
        .filter(e -> e.kind() == kind && (ruleId == null || e.ruleId().equals(ruleId))).count();
  }

  /** Returns how the findings of the sample measure up to its expectations. */
  public Outcome check(List<Finding> findings) {
    Map<String, List<Finding>> byLineAndRule = new HashMap<>();
    for (Finding finding : findings) {
      byLineAndRule.computeIfAbsent(key(finding.location().line(), finding.ruleId()),
          k -> new ArrayList<>()).add(finding);
    }
    Map<String, Kind> expected = new HashMap<>();
    for (Expectation e : expectations) expected.put(key(e.line(), e.ruleId()), e.kind());
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    List<String> todosMatching = new ArrayList<>();
    int hits = 0;
    for (Expectation e : expectations) {
      List<Finding> found = byLineAndRule.getOrDefault(key(e.line(), e.ruleId()), List.of());
      String where = "line " + e.line() + " (marker on line " + e.markerLine() + ")";
      switch (e.kind()) {
        case RULEID -> {
          if (found.size() == 1) hits++;
          else if (found.isEmpty()) misses.add(where + ": expected " + e.ruleId() + ", got none");
          else misses.add(where + ": expected one " + e.ruleId() + ", got " + found.size());
        }
        case OK -> found.forEach(f -> falseAlarms.add(where + ": ok: " + e.ruleId()
            + " but found: " + f.message()));
        case TODO -> {
          if (!found.isEmpty()) {
            todosMatching.add(where + ": todoruleid " + e.ruleId() + " now matches; make it ruleid");
          }
        }
      }
    }
    for (Finding f : findings) {
      if (!expected.containsKey(key(f.location().line(), f.ruleId()))) {
        falseAlarms.add("line " + f.location().line() + ": unexpected " + f.ruleId() + ": "
            + f.excerpt());
      }
    }
    return new Outcome(sampleName, (int) count(Kind.RULEID, null), (int) count(Kind.OK, null),
        (int) count(Kind.TODO, null), hits, misses, falseAlarms, todosMatching);
  }

  private static String key(int line, String ruleId) {
    return line + "\u0000" + ruleId;
  }

  /** The result of checking a sample: counts, and the lines that went wrong. */
  public record Outcome(String sample, int ruleidCases, int okCases, int todoCases, int hits,
      List<String> misses, List<String> falseAlarms, List<String> todosMatching) {
    public Outcome {
      misses = List.copyOf(misses);
      falseAlarms = List.copyOf(falseAlarms);
      todosMatching = List.copyOf(todosMatching);
    }

    /** Returns true if every expectation held and there was no false alarm. */
    public boolean passed() {
      return misses.isEmpty() && falseAlarms.isEmpty() && todosMatching.isEmpty();
    }

    /** Throws an {@link AssertionError} listing misses and false alarms unless the sample passed. */
    public void assertPassed() {
      if (!passed()) throw new AssertionError(describe());
    }

    /** Returns a report of the outcome, one problem per line. */
    public String describe() {
      StringBuilder report = new StringBuilder(sample).append(": ").append(hits).append('/')
          .append(ruleidCases).append(" ruleid cases found, ").append(falseAlarms.size())
          .append(" false alarms, ").append(okCases).append(" ok cases, ").append(todoCases)
          .append(" todo");
      misses.forEach(m -> report.append("\n  miss: ").append(m));
      falseAlarms.forEach(m -> report.append("\n  false alarm: ").append(m));
      todosMatching.forEach(m -> report.append("\n  todo: ").append(m));
      return report.toString();
    }
  }
}
