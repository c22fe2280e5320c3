package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.RuleFiles;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A language's taint rules, one per sink kind, loaded from {@code rules/<language>/taint/}: its
 * {@code index.txt} lists one YAML file per rule (id, name, kind, severity, confidence, cwe,
 * message, references). A flow is reported only if a rule names its sink kind.
 */
final class TaintRules {
  /** One rule file as written; unknown keys are an error. */
  record Definition(String id, String name, String kind, String severity, String confidence,
      Integer cwe, String message, List<String> references) implements RuleFiles.Fields {}

  private final Map<String, RuleInfo> byKind;

  private TaintRules(Map<String, RuleInfo> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  /**
   * Returns the rules that ship with Vigil: flows of {@code rules/<language>/taint/}, then misuses
   * (crypto and configuration) of {@code rules/<language>/crypto/}.
   */
  static TaintRules builtIn(String language) {
    Map<String, RuleInfo> byKind = new LinkedHashMap<>();
    load("rules/" + language + "/taint/", byKind);
    load("rules/" + language + "/crypto/", byKind);
    return new TaintRules(byKind);
  }

  private static void load(String folder, Map<String, RuleInfo> byKind) {
    RuleFiles files = new RuleFiles(folder, (file, reason, cause) ->
        new IllegalArgumentException(folder + file + ": " + reason, cause));
    for (String file : files.indexed()) {
      Definition d = files.parse(file, files.text(file), Definition.class);
      try {
        RuleInfo info = RuleFiles.info(file, d);
        String kind = RuleFiles.required("kind", d.kind());
        if (byKind.putIfAbsent(kind, info) != null) throw new IllegalArgumentException("kind used twice");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(folder + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Returns the rule watching sinks of {@code kind}, or null. */
  RuleInfo forKind(String kind) {
    return byKind.get(Objects.requireNonNull(kind, "kind == null"));
  }

  /** Returns every rule, in index order. */
  List<RuleInfo> all() {
    return List.copyOf(byKind.values());
  }
}
