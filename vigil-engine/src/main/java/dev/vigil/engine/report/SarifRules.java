package dev.vigil.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.TrackedFinding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tool.driver.rules} table of a SARIF run and the index of each rule id in it.
 *
 * <p>Every described rule is listed, whether it fired or not, so code scanning can tell a rule that
 * found nothing from one that does not exist; a rule id that appears in findings but has no
 * description is listed too, described from its worst finding. The first description of an id
 * wins.
 */
final class SarifRules {
  /** The description given to a rule id that no analyzer described. */
  static final String UNDESCRIBED = "No description is available for this rule; see the message of"
      + " each result.";

  private final Map<String, RuleInfo> byId = new LinkedHashMap<>();
  private final Map<String, Integer> indexById = new LinkedHashMap<>();

  SarifRules(List<RuleInfo> rules, List<TrackedFinding> findings) {
    for (RuleInfo rule : rules) byId.putIfAbsent(rule.id(), rule);
    Set<String> described = Set.copyOf(byId.keySet());
    for (TrackedFinding tracked : findings) {
      Finding finding = tracked.finding();
      if (!described.contains(finding.ruleId())) {
        byId.merge(finding.ruleId(), undescribed(finding), SarifRules::combine);
      }
    }
    for (String id : byId.keySet()) indexById.put(id, indexById.size());
  }

  /** Returns the index of {@code ruleId} in the rules array. */
  int indexOf(String ruleId) {
    return indexById.get(ruleId);
  }

  /** Returns the rules array. */
  ArrayNode toJson(ObjectMapper mapper) {
    ArrayNode array = mapper.createArrayNode();
    for (RuleInfo rule : byId.values()) array.add(descriptor(mapper, rule));
    return array;
  }

  /** Returns the SARIF level of a severity: critical and high are errors, medium a warning. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** Returns the {@code security-severity} score GitHub code scanning ranks alerts by. */
  static String securitySeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "0.0";
    };
  }

  private static ObjectNode descriptor(ObjectMapper mapper, RuleInfo rule) {
    ObjectNode descriptor = mapper.createObjectNode();
    descriptor.put("id", rule.id());
    descriptor.put("name", rule.name());
    descriptor.putObject("shortDescription").put("text", rule.name());
    descriptor.putObject("fullDescription").put("text", rule.description());
    descriptor.putObject("help").put("text", help(rule));
    rule.references().stream().filter(SarifRules::isAbsoluteUri).findFirst()
        .ifPresent(uri -> descriptor.put("helpUri", uri));
    descriptor.putObject("defaultConfiguration").put("level", level(rule.severity()));
    ObjectNode properties = descriptor.putObject("properties");
    ArrayNode tags = properties.putArray("tags").add("security");
    if (rule.cwe() > 0) tags.add(Cwe.sarifTag(rule.cwe()));
    properties.put("security-severity", securitySeverity(rule.severity()));
    properties.put("precision", rule.confidence().label());
    if (rule.cwe() > 0) properties.put("cwe", Cwe.label(rule.cwe()));
    return descriptor;
  }

  private static String help(RuleInfo rule) {
    if (rule.references().isEmpty()) return rule.description();
    return rule.description() + "\n\nReferences:\n- " + String.join("\n- ", rule.references());
  }

  private static RuleInfo undescribed(Finding finding) {
    return new RuleInfo(finding.ruleId(), finding.ruleId(), UNDESCRIBED, finding.severity(),
        finding.confidence(), finding.cwe(), List.of());
  }

  /** Returns one undescribed rule from two findings of it: the worse severity, the first CWE. */
  private static RuleInfo combine(RuleInfo kept, RuleInfo other) {
    Severity severity =
        kept.severity().atLeast(other.severity()) ? kept.severity() : other.severity();
    int cwe = kept.cwe() > 0 ? kept.cwe() : other.cwe();
    return new RuleInfo(kept.id(), kept.name(), UNDESCRIBED, severity, kept.confidence(), cwe,
        List.of());
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
