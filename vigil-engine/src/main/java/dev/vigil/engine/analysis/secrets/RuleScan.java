package dev.vigil.engine.analysis.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Runs one rule over one file: finds regex matches, then drops placeholders, allow-listed values,
 * low-entropy values and candidates its validator rejects. Keeps at most {@link #MAX_PER_RULE}
 * detections per rule and file; a file with more (a data dump) is already reported by those.
 */
final class RuleScan {
  static final int MAX_PER_RULE = 100;
  private static final long BUDGET_PER_CHAR = 64;
  private static final long BUDGET_BASE = 4_000_000;

  private final SecretRule rule;
  private final SourceText source;
  private final List<int[]> matchedSpans = new ArrayList<>();

  RuleScan(SecretRule rule, SourceText source) {
    this.rule = rule;
    this.source = source;
  }

  /** Returns the accepted detections, in file order. */
  List<Detection> run() {
    String text = source.text();
    BoundedText bounded = new BoundedText(text, rule.id(), BUDGET_BASE + BUDGET_PER_CHAR * text.length());
    Matcher matcher = rule.regex().matcher(bounded);
    List<Detection> detections = new ArrayList<>();
    while (detections.size() < MAX_PER_RULE && matcher.find()) {
      int group = rule.secretGroup();
      if (matcher.start(group) < 0) continue;
      matchedSpans.add(new int[] {matcher.start(group), matcher.end(group)});
      String secret = text.substring(matcher.start(group), matcher.end(group)).strip();
      if (secret.isEmpty() || Placeholders.isPlaceholder(secret) || rule.allows(secret)) continue;
      double entropy = Entropy.shannon(secret);
      if (entropy < rule.minEntropy()) continue;
      int start = text.indexOf(secret, matcher.start(group));
      Candidate candidate = new Candidate(secret, matcher, group, source);
      Verdict verdict = rule.validator() == null
          ? Verdict.accept("matched the " + rule.info().name() + " pattern")
          : rule.validator().check(candidate);
      if (!verdict.accepted()) continue;
      detections.add(new Detection(rule, secret, matcher.start(), matcher.end(), start,
          start + secret.length(), entropy, verdict));
    }
    return detections;
  }

  /** Returns the spans of the secret group of every match, accepted or not. */
  List<int[]> matchedSpans() {
    return List.copyOf(matchedSpans);
  }
}
