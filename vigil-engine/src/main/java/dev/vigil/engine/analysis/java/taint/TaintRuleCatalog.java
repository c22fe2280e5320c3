package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.RuleFiles;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    RuleFiles files = new RuleFiles(FOLDER, (file, reason, cause) ->
        new IllegalArgumentException(FOLDER + file + ": " + reason, cause));
    Map<String, TaintRuleDefinition> definitions = new LinkedHashMap<>();
    Set<String> claimed = new HashSet<>();
    for (String file : files.indexed()) {
      TaintRuleDefinition d = files.parse(file, files.text(file), TaintRuleDefinition.class);
      definitions.put(file, d);
      if (d.threats() != null) claimed.addAll(d.threats());
    }
    List<TaintRule> rules = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    for (var definition : definitions.entrySet()) {
      String file = definition.getKey();
      TaintRuleDefinition d = definition.getValue();
      RuleInfo info;
      try {
        info = RuleFiles.info(file, d);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(FOLDER + file + ": " + e.getMessage(), e);
      }
      if (d.kind() == null || !kinds.add(d.kind())) {
        throw new IllegalArgumentException(FOLDER + file + ": kind is missing or used twice");
      }
      String per = d.findingPer() == null ? "sink" : d.findingPer();
      if (!per.equals("sink") && !per.equals("source")) {
        throw new IllegalArgumentException(FOLDER + file + ": findingPer must be sink or source, not '" + per + "'");
      }
      rules.add(new TaintRule(info, d.kind(), per.equals("source"),
          d.quietSinks() == null ? null : java.util.regex.Pattern.compile(d.quietSinks()),
          d.threats() == null ? Set.of() : Set.copyOf(d.threats()), claimed));
    }
    return List.copyOf(rules);
  }
}
