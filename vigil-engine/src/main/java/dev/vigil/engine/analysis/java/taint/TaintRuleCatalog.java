package dev.vigil.engine.analysis.java.taint;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the taint rules from the class path: {@code rules/java/taint/index.txt} lists one file per
 * rule, {@code rules/java/taint/<id>.yaml}. Any problem fails the load naming the file.
 */
public final class TaintRuleCatalog {
  static final String FOLDER = "rules/java/taint/";

  private TaintRuleCatalog() {}

  /** Returns the taint rules that ship with Vigil, in index order. */
  public static List<TaintRule> builtIn() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<TaintRule> rules = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    for (String file : ClassPathText.indexEntries(FOLDER + "index.txt")) {
      TaintRuleDefinition d;
      try {
        d = yaml.readValue(ClassPathText.read(FOLDER + file), TaintRuleDefinition.class);
      } catch (IOException e) {
        throw new IllegalArgumentException(FOLDER + file + ": not a valid rule: " + e.getMessage(), e);
      }
      if (d == null || d.id() == null || !file.equals(d.id() + ".yaml")) {
        throw new IllegalArgumentException(FOLDER + file + ": id does not match the file name");
      }
      if (d.kind() == null || !kinds.add(d.kind())) {
        throw new IllegalArgumentException(FOLDER + file + ": kind is missing or used twice");
      }
      if (d.cwe() == null || d.message() == null || d.name() == null || d.references() == null) {
        throw new IllegalArgumentException(FOLDER + file + ": name, message, cwe and references are required");
      }
      rules.add(new TaintRule(new RuleInfo(d.id(), d.name(), d.message().strip(),
          Severity.parse(d.severity()), Confidence.parse(d.confidence()), d.cwe(), d.references()),
          d.kind()));
    }
    return List.copyOf(rules);
  }
}
