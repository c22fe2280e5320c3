package dev.vigil.engine.analysis.ci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Returns every rule listed in the class path index, in index order. */
  List<CiRule> loadBuiltIn(Set<String> knownIds) {
    List<CiRule> rules = new ArrayList<>();
    for (String file : read(INDEX).lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
      CiRule rule = parse(file, read(FOLDER + file));
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
    CiRuleDefinition d;
    try {
      d = yaml.readValue(text, CiRuleDefinition.class);
    } catch (JsonProcessingException e) {
      throw new InvalidCiRuleException(file, "not a valid rule: " + e.getOriginalMessage(), e);
    }
    if (d == null) throw new InvalidCiRuleException(file, "is empty", null);
    try {
      String id = required("id", d.id());
      if (!file.equals(id + ".yaml")) {
        throw new IllegalArgumentException("id '" + id + "' does not match the file name");
      }
      if (d.cwe() == null || d.cwe() <= 0) throw new IllegalArgumentException("cwe is missing");
      if (d.references() == null || d.references().isEmpty()) {
        throw new IllegalArgumentException("references must be a non-empty list");
      }
      RuleInfo info = new RuleInfo(id, required("name", d.name()), required("message", d.message()),
          Severity.parse(required("severity", d.severity())),
          Confidence.parse(required("confidence", d.confidence())), d.cwe(), d.references());
      return new CiRule(info, orEmpty(d.triggers()),
          orEmpty(d.untrustedExpressions()).stream().map(CiRuleCatalog::compile).toList(),
          orEmpty(d.trustedOwners()), orEmpty(d.inertActions()));
    } catch (IllegalArgumentException e) {
      throw new InvalidCiRuleException(file, e.getMessage(), e);
    }
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is missing");
    return value.strip();
  }

  private static Pattern compile(String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("untrustedExpressions pattern does not compile: "
          + e.getDescription(), e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = CiRuleCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new InvalidCiRuleException(resource, "not found on the class path", null);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidCiRuleException(resource, "cannot be read: " + e.getMessage(), e);
    }
  }
}
