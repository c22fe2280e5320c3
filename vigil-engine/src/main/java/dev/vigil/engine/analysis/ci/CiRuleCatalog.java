package dev.vigil.engine.analysis.ci;

import dev.vigil.engine.analysis.RuleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads CI rules from the class path: {@code rules/ci/index.txt} lists one rule file per line
 * (blank lines and {@code #} comments ignored), each {@code rules/ci/<id>.yaml}. Any problem
 * fails the load with an {@link InvalidCiRuleException} naming the file and the reason.
 */
final class CiRuleCatalog {
  static final String FOLDER = "rules/ci/";
  static final String INDEX = FOLDER + "index.txt";

  private final RuleFiles files = new RuleFiles(FOLDER, InvalidCiRuleException::new);

  /** Returns every rule listed in the class path index, in index order. */
  List<CiRule> loadBuiltIn(Set<String> knownIds) {
    List<CiRule> rules = new ArrayList<>();
    for (String file : files.indexed()) {
      CiRule rule = parse(file, files.text(file));
      if (!knownIds.contains(rule.id())) {
        throw new InvalidCiRuleException(file, "no check implements rule " + rule.id(), null);
      }
      if (rules.stream().anyMatch(r -> r.id().equals(rule.id()))) {
        throw new InvalidCiRuleException(file, "duplicate rule id", null);
      }
      rules.add(rule);
    }
    if (rules.isEmpty()) throw new InvalidCiRuleException(INDEX, "lists no rule files", null);
    return rules;
  }

  /** Parses and checks one rule file; {@code file} is its name, used in errors and id checks. */
  CiRule parse(String file, String text) {
    CiRuleDefinition d = files.parse(file, text, CiRuleDefinition.class);
    try {
      return new CiRule(RuleFiles.info(file, d), orEmpty(d.triggers()),
          orEmpty(d.untrustedExpressions()).stream().map(CiRuleCatalog::compile).toList(),
          orEmpty(d.trustedOwners()), orEmpty(d.inertActions()));
    } catch (IllegalArgumentException e) {
      throw new InvalidCiRuleException(file, e.getMessage(), e);
    }
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static Pattern compile(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("untrustedExpressions pattern does not compile: "
          + e.getDescription(), e);
    }
  }
}
