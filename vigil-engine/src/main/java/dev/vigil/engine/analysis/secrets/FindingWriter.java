package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the detections in one file into findings with every secret masked: the message names the
 * masked secret, the excerpt is the source line with each secret found in the file replaced by its
 * mask and trimmed to {@link #MAX_EXCERPT} characters around it, and the context key is the rule
 * id plus the secret's SHA-256, so the same secret keeps one identity when it moves.
 */
final class FindingWriter {
  static final int MAX_EXCERPT = 200;
  private static final int WINDOW = 240;

  private final String path;
  private final SourceText source;
  private final List<Detection> detections;

  FindingWriter(String path, SourceText source, List<Detection> detections) {
    this.path = path;
    this.source = source;
    List<Detection> sorted = new ArrayList<>(detections);
    sorted.sort((a, b) -> Integer.compare(a.secretStart(), b.secretStart()));
    this.detections = List.copyOf(sorted);
  }

  /** Returns one finding per detection, in the order of the secrets in the file. */
  List<Finding> findings() {
    List<Finding> findings = new ArrayList<>(detections.size());
    for (Detection detection : detections) findings.add(finding(detection));
    return findings;
  }

  private Finding finding(Detection detection) {
    SecretRule rule = detection.rule();
    String mask = SecretMask.mask(detection.secret());
    int line = source.lineOf(detection.matchStart());
    int endOffset = Math.max(detection.matchStart(), detection.matchEnd() - 1);
    Location location = new Location(path, line, source.columnOf(detection.matchStart()),
        source.lineOf(endOffset), source.columnOf(endOffset));
    String excerpt = excerpt(detection, line, mask);
    Confidence confidence = detection.verdict().confidence() == null
        ? rule.confidence() : detection.verdict().confidence();
    String message = rule.info().name() + " " + mask + ": " + rule.info().description();
    String evidence = "Matched rule " + rule.id() + ": " + mask + String.format(Locale.ROOT,
        ", entropy %.2f bits/char; %s", detection.entropy(), detection.verdict().note());
    return new Finding(rule.id(), rule.info().cwe(), rule.severity(), confidence, message,
        location, excerpt, rule.id() + ":sha256:" + SecretMask.sha256(detection.secret()),
        List.of(new EvidenceStep(location, excerpt, evidence)));
  }

  private String excerpt(Detection own, int line, String ownMask) {
    int from = Math.min(source.lineEnd(line),
        Math.max(source.lineStart(line), own.secretStart() - WINDOW));
    int to = Math.min(source.lineEnd(line), Math.max(own.secretEnd(), from) + WINDOW);
    for (Detection other : detections) {
      if (other.overlaps(from, to)) {
        from = Math.max(source.lineStart(line), Math.min(from, other.secretStart()));
        to = Math.min(source.lineEnd(line), Math.max(to, other.secretEnd()));
      }
    }
    StringBuilder masked = new StringBuilder();
    int cursor = from;
    for (Detection other : detections) {
      int start = Math.max(other.secretStart(), from);
      if (!other.overlaps(from, to) || start < cursor) continue;
      masked.append(source.text(), cursor, start);
      masked.append(other.secretStart() >= from ? SecretMask.mask(other.secret()) : "…");
      cursor = Math.min(other.secretEnd(), to);
    }
    if (cursor < to) masked.append(source.text(), cursor, to);
    String text = masked.toString();
    for (Detection other : detections) {
      if (text.contains(other.secret())) text = text.replace(other.secret(), SecretMask.mask(other.secret()));
    }
    boolean cutBefore = from > source.lineStart(line);
    boolean cutAfter = to < source.lineEnd(line);
    return trim((cutBefore ? "…" : "") + text + (cutAfter ? "…" : ""), ownMask);
  }

  private static String trim(String text, String mask) {
    String stripped = text.strip();
    if (stripped.length() <= MAX_EXCERPT) return stripped;
    int at = Math.max(0, stripped.indexOf(mask));
    int from = Math.max(0, Math.min(at - 60, stripped.length() - (MAX_EXCERPT - 2)));
    int to = Math.min(stripped.length(), from + MAX_EXCERPT - 2);
    return (from > 0 ? "…" : "") + stripped.substring(from, to) + (to < stripped.length() ? "…" : "");
  }
}
