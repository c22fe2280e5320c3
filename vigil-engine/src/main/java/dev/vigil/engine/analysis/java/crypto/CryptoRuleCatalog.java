package dev.vigil.engine.analysis.java.crypto;

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

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Returns every indexed rule; throws if a rule has no check or a check has no rule. */
  List<CryptoRule> loadBuiltIn(Set<String> checkedIds) {
    List<CryptoRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String file : read(INDEX).lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
      CryptoRule rule = parse(file, read(FOLDER + file));
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
    CryptoRuleDefinition d;
    try {
      d = yaml.readValue(text, CryptoRuleDefinition.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new InvalidCryptoRuleException(file, "not a valid rule: " + e.getOriginalMessage() + where, e);
    }
    if (d == null) throw new InvalidCryptoRuleException(file, "is empty", null);
    try {
      String id = required("id", d.id());
      if (!file.equals(id + ".yaml")) {
        throw new IllegalArgumentException("id '" + id + "' does not match the file name");
      }
      if (!id.startsWith("java.")) throw new IllegalArgumentException("id must start with 'java.'");
      if (d.cwe() == null || d.cwe() <= 0) throw new IllegalArgumentException("cwe is missing");
      if (d.references() == null || d.references().isEmpty()) {
        throw new IllegalArgumentException("references must be a non-empty list");
      }
      RuleInfo info = new RuleInfo(id, required("name", d.name()), required("message", d.message()),
          Severity.parse(required("severity", d.severity())),
          Confidence.parse(required("confidence", d.confidence())), d.cwe(), d.references());
      return new CryptoRule(info, d.data() == null ? Map.of() : d.data());
    } catch (IllegalArgumentException e) {
      throw new InvalidCryptoRuleException(file, e.getMessage(), e);
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is missing");
    return value.strip();
  }

  private static String read(String resource) {
    try (InputStream in = CryptoRuleCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new InvalidCryptoRuleException(resource, "not found on the class path", null);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidCryptoRuleException(resource, "cannot be read: " + e.getMessage(), e);
    }
  }
}
