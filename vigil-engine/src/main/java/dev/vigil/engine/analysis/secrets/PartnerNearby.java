package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.Confidence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for the other half of a credential pair near a candidate, e.g. an AWS access key id near
 * a secret access key. A partner within a few lines makes the finding high-confidence. Without
 * one, the candidate is still accepted if the text just before it on its line names it (e.g.
 * {@code aws_secret_access_key =}), and rejected otherwise when the partner is required.
 */
final class PartnerNearby implements SecretValidator {
  private static final int NAME_WINDOW = 80;
  private static final int CHAR_WINDOW = 4_000;

  private final String name;
  private final String partnerLabel;
  private final Pattern partner;
  private final Pattern keyName;
  private final int lines;
  private final boolean partnerOrNameRequired;

  PartnerNearby(String name, String partnerLabel, Pattern partner, Pattern keyName, int lines,
      boolean partnerOrNameRequired) {
    this.name = name;
    this.partnerLabel = partnerLabel;
    this.partner = partner;
    this.keyName = keyName;
    this.lines = lines;
    this.partnerOrNameRequired = partnerOrNameRequired;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Verdict check(Candidate candidate) {
    SourceText source = candidate.source();
    int line = source.lineOf(candidate.secretStart());
    int from = Math.max(source.lineStart(Math.max(1, line - lines)),
        candidate.secretStart() - CHAR_WINDOW);
    int to = Math.min(source.lineEnd(Math.min(source.lineCount(), line + lines)),
        candidate.secretEnd() + CHAR_WINDOW);
    Matcher partnerMatch = partner.matcher(source.text()).region(from, to);
    while (partnerMatch.find()) {
      String found = partnerMatch.group();
      if (Placeholders.isPlaceholder(found)) continue;
      return Verdict.accept(Confidence.HIGH, "paired with " + partnerLabel + " "
          + SecretMask.mask(found) + " on line " + source.lineOf(partnerMatch.start()));
    }
    int lineStart = source.lineStart(line);
    int nameFrom = Math.max(lineStart, candidate.secretStart() - NAME_WINDOW);
    boolean named = keyName.matcher(source.text()).region(nameFrom, candidate.secretStart()).find();
    if (named) return Verdict.accept("assigned to a key named for it; no " + partnerLabel + " nearby");
    return partnerOrNameRequired
        ? Verdict.reject("no " + partnerLabel + " within " + lines + " lines and no telling key name")
        : Verdict.accept("no " + partnerLabel + " within " + lines + " lines");
  }
}
