package dev.vigil.engine.analysis.ci;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds risks in GitHub Actions workflow files ({@code .github/workflows/*.yml|yaml}): script
 * injection from untrusted {@code ${{ }}} expressions, privileged workflows that run pull request
 * code, actions not pinned to a commit sha, over-broad token permissions, and secrets handed to
 * code the repository does not control. Rule metadata and data are files
 * ({@code rules/ci/<id>.yaml}, listed in {@code rules/ci/index.txt}); each rule's logic is one
 * {@link WorkflowCheck}.
 *
 * <p>A file that is not valid YAML, or exceeds the reader's limits (alias count, nesting, size),
 * throws {@link MalformedWorkflowException}, which the engine records as an analysis error.
 * Bump {@link #VERSION} whenever a rule file or a check changes.
 */
public final class WorkflowAnalyzer implements Analyzer {
  /** The version of the rules and logic; part of the analysis cache key. */
  public static final String VERSION = "2";

  private static final Map<String, WorkflowCheck> CHECKS = Map.of(
      "ci.script-injection", new ScriptInjectionCheck(),
      "ci.untrusted-checkout", new UntrustedCheckoutCheck(),
      "ci.unpinned-action", new UnpinnedActionCheck(),
      "ci.excessive-permissions", new ExcessivePermissionsCheck(),
      "ci.secrets-exposure", new SecretsExposureCheck());

  private final List<CiRule> rules;
  private final YamlReader reader = new YamlReader();

  WorkflowAnalyzer(List<CiRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Returns an analyzer with the rules that ship with Vigil; throws if a rule file is invalid. */
  public static WorkflowAnalyzer withBuiltInRules() {
    return new WorkflowAnalyzer(new CiRuleCatalog().loadBuiltIn(CHECKS.keySet()));
  }

  @Override
  public String id() {
    return "ci-workflows";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public boolean reads(String path) {
    String normalised = path.replace('\\', '/');
    int folder = normalised.lastIndexOf(".github/workflows/");
    if (folder < 0 || folder > 0 && normalised.charAt(folder - 1) != '/') return false;
    String name = normalised.substring(folder + ".github/workflows/".length());
    return !name.contains("/") && (name.endsWith(".yml") || name.endsWith(".yaml"));
  }

  @Override
  public List<Finding> analyze(AnalysisContext context) {
    String text = context.text();
    Workflow workflow = new Workflow(reader.read(text), new SourceLines(text));
    List<Finding> findings = new ArrayList<>();
    for (CiRule rule : rules) {
      for (Hit hit : CHECKS.get(rule.id()).check(workflow, rule)) {
        findings.add(finding(context.path(), workflow.source(), rule, hit));
      }
    }
    findings.sort(Comparator.comparingInt((Finding f) -> f.location().line())
        .thenComparing(Finding::ruleId));
    return findings;
  }

  @Override
  public List<RuleInfo> rules() {
    return rules.stream().map(CiRule::info).toList();
  }

  private static Finding finding(String path, SourceLines source, CiRule rule, Hit hit) {
    RuleInfo info = rule.info();
    Location location = Location.line(path, hit.line());
    List<EvidenceStep> evidence = hit.clues().stream()
        .map(clue -> new EvidenceStep(Location.line(path, clue.line()), source.line(clue.line()),
            clue.description()))
        .toList();
    return new Finding(info.id(), info.cwe(), hit.severity() == null ? info.severity() : hit.severity(),
        info.confidence(), hit.detail() + " " + info.description(), location, source.line(hit.line()),
        hit.contextKey(), evidence);
  }
}
