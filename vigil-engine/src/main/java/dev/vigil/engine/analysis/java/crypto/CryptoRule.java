package dev.vigil.engine.analysis.java.crypto;

import dev.vigil.engine.analysis.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked crypto rule: its report description and its named lists of data.
 *
 * @param info id, name, message, default severity, confidence, CWE and references
 * @param data the rule's lists by name, as written in the rule file
 */
record CryptoRule(RuleInfo info, Map<String, List<String>> data) {
  CryptoRule {
    data = data.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  /** Returns the rule id. */
  String id() {
    return info.id();
  }

  /** Returns the list named {@code key}; throws naming the rule if the file does not define it. */
  List<String> list(String key) {
    List<String> values = data.get(key);
    if (values == null) {
      throw new InvalidCryptoRuleException(id() + ".yaml", "data." + key + " is missing", null);
    }
    return values;
  }

  /** Returns the list named {@code key} lower-cased, as a set for look-ups. */
  Set<String> lowerSet(String key) {
    return list(key).stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
