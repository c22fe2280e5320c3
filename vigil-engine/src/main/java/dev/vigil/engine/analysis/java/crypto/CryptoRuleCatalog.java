package dev.vigil.engine.analysis.java.crypto;

import dev.vigil.engine.analysis.RuleFiles;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads crypto rules from the class path: {@code rules/java/crypto/index.txt} lists one rule file
 * per line (blank lines and {@code #} comments ignored), each {@code <id>.yaml}. Any problem fails
 * the load with an {@link InvalidCryptoRuleException} naming the file and the reason.
 */
final class CryptoRuleCatalog {
  static final String FOLDER = "rules/java/crypto/";
  static final String INDEX = FOLDER + "index.txt";

  private final RuleFiles files = new RuleFiles(FOLDER, InvalidCryptoRuleException::new);

  /** Returns every indexed rule; throws if a rule has no check or a check has no rule. */
  List<CryptoRule> loadBuiltIn(Set<String> checkedIds) {
    List<CryptoRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String file : files.indexed()) {
      CryptoRule rule = parse(file, files.text(file));
      if (!ids.add(rule.id())) throw new InvalidCryptoRuleException(file, "duplicate rule id", null);
      if (!checkedIds.contains(rule.id())) {
        throw new InvalidCryptoRuleException(file, "no check implements '" + rule.id() + "'", null);
      }
      rules.add(rule);
    }
    Set<String> missing = new HashSet<>(checkedIds);
    missing.removeAll(ids);
    if (!missing.isEmpty()) {
      throw new InvalidCryptoRuleException(INDEX, "lists no rule file for " + missing, null);
    }
    return rules;
  }

  /** Parses and checks one rule file; {@code file} is its name, used in errors and id checks. */
  CryptoRule parse(String file, String text) {
    CryptoRuleDefinition d = files.parse(file, text, CryptoRuleDefinition.class);
    try {
      RuleInfo info = RuleFiles.info(file, d);
      if (!info.id().startsWith("java.")) throw new IllegalArgumentException("id must start with 'java.'");
      return new CryptoRule(info, d.data() == null ? Map.of() : d.data());
    } catch (IllegalArgumentException e) {
      throw new InvalidCryptoRuleException(file, e.getMessage(), e);
    }
  }
}
