package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks findings under a threat model and call graph: a pure function, documented with its
 * constants in {@code docs/threat-model.md}.
 *
 * <pre>
 * score = clamp(0, 100, round_half_up(
 *     severityPoints x confidenceFactor
 *   + reach          (+20 from a remote entry point, +10 from a local one, -10 not reached, 0 unknown)
 *   + priorityArea   (+10 if a file of the finding is in a priority area)
 *   + sensitiveData  (+10 if it touches sensitive data)
 *   + validation     (+15 reproduced, +5 likely, 0 not validated, -15 not reproduced)
 *   - 15 x min(2, rejected look-alikes)))
 * severityPoints: critical 50, high 40, medium 25, low 10, info 2
 * confidenceFactor: high 1.0, medium 0.8, low 0.5
 * </pre>
 *
 * A finding whose path matches an out-of-scope glob keeps its score, is flagged with the rule's
 * reason, and is left out of {@link #recommended}.
 */
public final class Ranker {
  /** Points lost per rejected look-alike. */
  public static final int LOOK_ALIKE_PENALTY = 15;
  /** The most rejected look-alikes that count. */
  public static final int MAX_LOOK_ALIKES = 2;

  private final ModelLookup lookup;

  /** Creates a ranker for {@code model} over {@code graph} (call chains from each entry point are computed once). */
  public Ranker(ThreatModel model, CallGraph graph) {
    this.lookup = new ModelLookup(model, graph);
  }

  /** Returns the points of a severity before the confidence factor. */
  public static int severityPoints(Severity severity) {
    return switch (severity) {
      case CRITICAL -> 50;
      case HIGH -> 40;
      case MEDIUM -> 25;
      case LOW -> 10;
      case INFO -> 2;
    };
  }

  /** Returns the factor a confidence applies to the severity points. */
  public static double confidenceFactor(Confidence confidence) {
    return switch (confidence) {
      case HIGH -> 1.0;
      case MEDIUM -> 0.8;
      case LOW -> 0.5;
    };
  }

  /** Returns the ranking of one finding. */
  public Ranking rank(RankingInput input) {
    var finding = input.finding();
    List<Location> locations = ModelLookup.locations(finding);
    List<String> paths = ModelLookup.paths(locations);
    List<String> reasons = new ArrayList<>();

    double base = severityPoints(finding.severity()) * confidenceFactor(finding.confidence());
    reasons.add(String.format("%s severity, %s confidence: %s", finding.severity().label(),
        finding.confidence().label(), number(base)));
    double score = base;

    Reach reach = lookup.reach(locations);
    int reachPoints = switch (reach.status()) {
      case FROM_REMOTE_ENTRY -> 20;
      case FROM_LOCAL_ENTRY -> 10;
      case NOT_REACHED -> -10;
      case UNKNOWN -> 0;
    };
    score += reachPoints;
    reasons.add(switch (reach.status()) {
      case FROM_REMOTE_ENTRY, FROM_LOCAL_ENTRY -> "reachable from " + reach.entryPoints().get(0).describe()
          + ": " + signed(reachPoints);
      case NOT_REACHED -> "no entry point reaches it through the call graph: " + signed(reachPoints);
      case UNKNOWN -> "reachability unknown (not inside a method of the call graph): +0";
    });

    List<PriorityArea> areas = lookup.areas(paths);
    if (!areas.isEmpty()) {
      score += 10;
      reasons.add("in priority area " + areas.stream().map(a -> a.kind().label()).distinct()
          .collect(Collectors.joining(", ")) + ": +10");
    }
    List<SensitiveData> sensitive = lookup.sensitiveData(paths, finding.excerpt());
    if (!sensitive.isEmpty()) {
      score += 10;
      reasons.add("touches sensitive data " + sensitive.stream().limit(3)
          .map(s -> s.name() + " (" + s.category().label() + ")")
          .collect(Collectors.joining(", ")) + ": +10");
    }
    switch (input.validation()) {
      case CONFIRMED -> {
        score += 15;
        reasons.add("confirmed by validation: +15");
      }
      case LIKELY -> {
        score += 5;
        reasons.add("validation found it likely (present and reachable): +5");
      }
      case NOT_REPRODUCED -> {
        score -= 15;
        reasons.add("validation could not reproduce it: -15");
      }
      case NOT_VALIDATED -> { }
    }
    int lookAlikes = Math.min(MAX_LOOK_ALIKES, input.rejectedLookAlikes().size());
    if (lookAlikes > 0) {
      score -= LOOK_ALIKE_PENALTY * lookAlikes;
      reasons.add(input.rejectedLookAlikes().size() + " look-alike(s) rejected as false positive ("
          + String.join("; ", input.rejectedLookAlikes().stream().distinct().limit(3).toList())
          + "): " + signed(-LOOK_ALIKE_PENALTY * lookAlikes));
    }
    int clamped = (int) Math.max(0, Math.min(100, Math.floor(score + 0.5)));
    Optional<OutOfScope> rule = lookup.model().outOfScopeRuleFor(finding.location().path());
    rule.ifPresent(r -> reasons.add(r.describe()));
    return new Ranking(clamped, reasons, rule.isPresent(), rule.map(OutOfScope::describe).orElse(""));
  }

  /**
   * Returns at most {@code limit} of {@code items} that are not out of scope, most critical first
   * (ties keep their order), e.g. the ten recommended open findings of a repository.
   */
  public static <T> List<T> recommended(List<T> items, Function<T, Ranking> ranking, int limit) {
    return items.stream().filter(item -> ranking.apply(item).recommended())
        .sorted(Comparator.comparing(ranking, Ranking.MOST_CRITICAL_FIRST))
        .limit(limit).toList();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String signed(int points) {
    return (points >= 0 ? "+" : "") + points;
  }
}
