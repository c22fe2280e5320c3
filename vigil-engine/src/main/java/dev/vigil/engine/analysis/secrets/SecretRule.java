package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compiled secrets rule: the keywords that must occur in a file before its regex runs, the regex
 * and which group of it is the secret, the minimum entropy of the secret, an optional validator,
 * allow-list patterns for placeholders, and the kinds of text it does not read (a generic rule skips
 * message bundles and documentation, where its keywords are words). A fallback rule (the generic assignment rule) yields to
 * every other rule whose regex matched the same text.
 */
record SecretRule(
    RuleInfo info,
    List<String> keywords,
    Pattern regex,
    int secretGroup,
    double minEntropy,
    SecretValidator validator,
    List<Pattern> allow,
    Set<TextKind> skip,
    boolean fallback) {

  SecretRule {
    Objects.requireNonNull(info, "info == null");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(regex, "regex == null");
    allow = List.copyOf(allow);
    skip = Set.copyOf(skip);
  }

  /** Returns true if the rule reads a file of these kinds of text. */
  boolean reads(Set<TextKind> kinds) {
    return kinds.stream().noneMatch(skip::contains);
  }

  /** Returns the rule id. */
  String id() {
    return info.id();
  }

  /** Returns the default severity. */
  Severity severity() {
    return info.severity();
  }

  /** Returns the default confidence. */
  Confidence confidence() {
    return info.confidence();
  }

  /** Returns true if one of the keywords occurs in the lower-cased text of a file. */
  boolean triggeredBy(String lowerCaseText) {
    for (String keyword : keywords) {
      if (lowerCaseText.contains(keyword)) return true;
    }
    return false;
  }

  /** Returns true if one of the rule's allow-list patterns matches the secret. */
  boolean allows(String secret) {
    for (Pattern pattern : allow) {
      if (pattern.matcher(secret).find()) return true;
    }
    return false;
  }
}
