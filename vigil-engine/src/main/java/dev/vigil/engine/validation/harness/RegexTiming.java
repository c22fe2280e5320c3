package dev.vigil.engine.validation.harness;

import dev.vigil.engine.validation.Verdict;
import dev.vigil.engine.validation.harness.HarnessReport.Judgement;
import dev.vigil.engine.validation.sandbox.EnvironmentRun;
import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.SandboxCommand;
import dev.vigil.engine.validation.sandbox.SandboxResult;
import dev.vigil.engine.validation.sandbox.WorkTree;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ReDoS proof of a regex-injection finding whose marker reached a regex sink: the pattern as
 * the application built it (the marker carries an evil fragment) is timed in the sandbox by a
 * generated program on evil strings of growing length (the marker's token, {@code a} repeated, then
 * {@code !} so that every attempt fails and backtracks). Reproduced = one match took at least
 * {@link #THRESHOLD} and its time grew more than {@link #FASTER_THAN_LINEAR} times faster than
 * the input's length (from half that length); a pattern that stays fast is not reproduced.
 */
final class RegexTiming {
  /** The sink kind this proof is for. */
  static final String KIND = "regex-injection";
  /** The fragment the marker carries: polynomial backtracking of degree 12 that modern JDKs do not optimise away. */
  static final String EVIL = "(.*a){12}$";
  /** The time one match must reach to count as a denial of service. */
  static final Duration THRESHOLD = Duration.ofMillis(200);
  /** How many times faster than linear matching the time must grow with the input's length. */
  static final double FASTER_THAN_LINEAR = 2;
  private static final int MAX_LENGTH = 40;
  private static final Duration CAP = Duration.ofSeconds(2);
  private static final Duration WALL_TIME = Duration.ofMinutes(1);
  private static final String TEMPLATE = "validation/VigilRegexTiming.java.txt";
  private static final String END = "VIGIL_END";

  /** The best time of the matches of one length, and whether the cap ended one. */
  record Timing(int length, long nanos, boolean timedOut) {}

  /** The verdict of a timing, its reason, the script that ran and what it printed. */
  record Result(Verdict verdict, String reason, String script, String output) {}

  private RegexTiming() {}

  /** Times {@code pattern} on evil strings starting with {@code token}, in the validation phase of {@code run}. */
  static Result measure(EnvironmentRun run, WorkTree tree, String pattern, String token) {
    String script = script(pattern, token);
    SandboxResult result = run.execute(Phase.VALIDATION, tree, SandboxCommand.shell(script), List.of(), WALL_TIME);
    List<Timing> timings = parse(result.output());
    String invalid = result.output().lines().filter(l -> l.startsWith("VIGIL-REGEX-INVALID\t"))
        .map(l -> l.substring(l.indexOf('\t') + 1)).findFirst().orElse(null);
    Judgement judgement = invalid != null
        ? new Judgement(Verdict.NOT_REPRODUCED, "the pattern the application built does not compile ("
            + invalid + "), so it cannot backtrack")
        : judge(timings, result.limitHit().map(l -> "the timing was killed at its " + l.label() + " limit"));
    return new Result(judgement.verdict(), judgement.reason(), script, "pattern: " + pattern + "\n"
        + "timings (input length: best of 3 runs): " + describe(timings) + "\n"
        + "verdict: " + judgement.verdict().label() + ": " + judgement.reason() + "\n"
        + "exit " + result.exitCode() + " in " + result.duration().toMillis() + " ms\n--- timing output ---\n"
        + result.output());
  }

  /** Returns the self-contained shell script that writes and runs the timing program. */
  static String script(String pattern, String token) {
    String source = HarnessSource.resource(TEMPLATE)
        .replace("@MAX_LENGTH@", Integer.toString(MAX_LENGTH))
        .replace("@STOP_MILLIS@", Long.toString(THRESHOLD.toMillis()))
        .replace("@CAP_MILLIS@", Long.toString(CAP.toMillis()));
    return String.join("\n",
        "T=/tmp/vigil-timing; mkdir -p \"$T\"",
        "cat > \"$T/VigilRegexTiming.java\" <<'" + END + "'", source.stripTrailing(), END,
        "echo '" + Base64.getEncoder().encodeToString(pattern.getBytes(StandardCharsets.UTF_8))
            + "' | base64 -d > \"$T/pattern.txt\"",
        "exec java -Xmx256m \"$T/VigilRegexTiming.java\" \"$T/pattern.txt\" '" + token.replace("'", "") + "'",
        "");
  }

  /** Returns the verdict of {@code timings}; {@code killed} says why the run ended early, if it did. */
  static Judgement judge(List<Timing> timings, Optional<String> killed) {
    if (timings.isEmpty()) {
      return new Judgement(Verdict.COULD_NOT_VALIDATE, killed.orElse("the timing program printed no timing")
          + " (see its output)");
    }
    Timing slowest = timings.get(timings.size() - 1);
    Timing half = timings.stream().filter(t -> t.length() <= slowest.length() / 2).reduce((a, b) -> b)
        .orElse(timings.get(0));
    double growth = (double) slowest.nanos() / Math.max(1, half.nanos());
    double lengths = (double) slowest.length() / half.length();
    String measured = String.format(Locale.ROOT, "a match of %d characters took %.1f ms%s, %.0f times the %.1f ms"
        + " of %d characters, for an input %.0f times as long", slowest.length(), slowest.nanos() / 1e6,
        slowest.timedOut() ? " (stopped at the cap)" : "", growth, half.nanos() / 1e6, half.length(), lengths);
    if (slowest.nanos() >= THRESHOLD.toNanos() && growth > FASTER_THAN_LINEAR * lengths) {
      return new Judgement(Verdict.REPRODUCED, "the pattern backtracks super-linearly on evil input (ReDoS): "
          + measured);
    }
    if (killed.isPresent()) {
      return new Judgement(Verdict.COULD_NOT_VALIDATE, killed.get() + "; " + measured);
    }
    return new Judgement(Verdict.NOT_REPRODUCED, "no super-linear backtracking: " + measured + ", under the "
        + THRESHOLD.toMillis() + " ms a denial of service needs");
  }

  static List<Timing> parse(String output) {
    List<Timing> timings = new ArrayList<>();
    for (String line : output.split("\n")) {
      String[] cells = line.split("\t");
      if (cells.length < 3 || !cells[0].equals("VIGIL-TIME")) continue;
      try {
        timings.add(new Timing(Integer.parseInt(cells[1]), Long.parseLong(cells[2]),
            cells.length > 3 && cells[3].equals("timeout")));
      } catch (NumberFormatException e) {
        // A line the program did not print as expected is not a timing.
      }
    }
    return List.copyOf(timings);
  }

  private static String describe(List<Timing> timings) {
    if (timings.isEmpty()) return "none";
    List<String> cells = new ArrayList<>();
    for (Timing t : timings) {
      cells.add(t.length() + ": " + String.format(Locale.ROOT, "%.3f ms", t.nanos() / 1e6)
          + (t.timedOut() ? " (cap)" : ""));
    }
    return String.join(", ", cells);
  }

}
