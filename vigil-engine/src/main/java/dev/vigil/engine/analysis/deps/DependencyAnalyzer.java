package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.HeadContext;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds dependencies at versions that an OSV advisory says are vulnerable, in Maven, Gradle, npm,
 * yarn, pip, Poetry and Go manifests and lock files (see {@link Manifests}). One finding per
 * (dependency, advisory), at the line that names the version, carrying the advisory id, aliases,
 * summary, severity, affected and fixed versions and the smallest fixing upgrade.
 *
 * <p>The advisory database is part of what the analyzer knows, so {@link #version()} includes its
 * size and a digest of its ids and modification times: a new import re-analyses cached blobs.
 * A manifest that cannot be read safely throws {@link ManifestException}, which the engine
 * records as an analysis error on that file.
 *
 * <p>History and tree scans analyse the manifests as a project ({@link #openSession}): a pom's
 * versions inherited from parents and imported from BOMs in the tree, and a Gradle build's
 * versions set in {@code gradle.properties}, are resolved, and a change to a parent, a BOM or a
 * properties file re-analyses the manifests that read it. {@link #analyze} reads one file alone.
 *
 * <p>The command line builds it from {@code --advisories DIR_OR_ZIP} with
 * {@code new DependencyAnalyzer(AdvisoryDatabase.load(path))}; the built-in registry has no
 * database and does not include it.
 */
public final class DependencyAnalyzer implements ProjectAnalyzer, HeadContext {
  /** The version of the parsers and matching logic; part of the analysis cache key. */
  public static final String LOGIC_VERSION = "4";

  private final AdvisoryDatabase advisories;
  private final Manifests manifests = new Manifests();

  /** Creates an analyzer that matches dependencies against {@code advisories}. */
  public DependencyAnalyzer(AdvisoryDatabase advisories) {
    this.advisories = Objects.requireNonNull(advisories, "advisories == null");
  }

  @Override
  public String id() {
    return "deps";
  }

  @Override
  public String version() {
    return LOGIC_VERSION + "+" + advisories.fingerprint();
  }

  @Override
  public boolean reads(String path) {
    return manifests.parserFor(path) != null || GradleProperties.isPropertiesFile(path);
  }

  @Override
  public List<Finding> analyze(AnalysisContext context) {
    ManifestParser parser = manifests.parserFor(context.path());
    if (parser == null) return List.of();
    String text = context.text();
    return findings(context.path(), text, parser.parse(text), parser.lockFile());
  }

  @Override
  public ProjectSession openSession(AnalysisCache cache) {
    return new DependencySession(this, manifests, cache);
  }

  /**
   * Returns the findings of {@code dependencies}, declared in {@code text} (the file at {@code
   * path}): one per advisory that affects a pinned version, or that a requirement which is not
   * pinned allows affected versions of.
   */
  List<Finding> findings(String path, String text, List<DeclaredDependency> dependencies,
      boolean lockFile) {
    List<String> lines = null;
    List<Finding> findings = new ArrayList<>();
    for (DeclaredDependency dependency : dependencies) {
      VersionRequirement requirement = dependency.pinned() ? null
          : VersionRequirement.parse(dependency.ecosystem(), dependency.version());
      List<AdvisoryMatch> matches = dependency.pinned()
          ? advisories.matches(dependency.ecosystem(), dependency.name(), dependency.version())
          : advisories.about(dependency.ecosystem(), dependency.name());
      for (AdvisoryMatch match : matches) {
        VersionRequirement.Admission admission = requirement == null ? null
            : requirement.admits(match.affected());
        if (admission == VersionRequirement.Admission.NONE
            || (!dependency.pinned() && requirement == null)) {
          continue;
        }
        if (lines == null) lines = text.lines().toList();
        String lineText = dependency.line() <= lines.size() ? lines.get(dependency.line() - 1).strip() : "";
        findings.add(VulnerabilityFindings.of(path, lineText, dependency, match, lockFile, admission));
      }
    }
    return findings;
  }

  @Override
  public boolean needsContext(String path) {
    return DependencyReachability.readsSource(path);
  }

  /**
   * Adds whether the head's code imports the vulnerable package (and calls an affected function,
   * when the advisory names them) as evidence; a package that is not imported, or whose affected
   * functions are not called, gets low confidence so it ranks lower.
   */
  @Override
  public List<Finding> refine(List<Finding> findings, Map<String, String> headFiles) {
    DependencyReachability index = DependencyReachability.of(headFiles, Map.of());
    return findings.stream().map(finding -> refine(finding, index)).toList();
  }

  private Finding refine(Finding finding, DependencyReachability index) {
    if (!VulnerabilityFindings.RULE.id().equals(finding.ruleId())) return finding;
    String key = finding.contextKey();
    int bar = key.indexOf('|');
    int colon = key.indexOf(':', bar + 1);
    if (bar < 0 || colon < 0) return finding;
    Ecosystem ecosystem = Ecosystem.ofOsvName(key.substring(bar + 1, colon));
    if (ecosystem == null) return finding;
    String name = key.substring(colon + 1);
    List<String> symbols = advisories.advisory(key.substring(0, bar)).stream()
        .flatMap(advisory -> advisory.affected().stream())
        .filter(pkg -> pkg.ecosystem() == ecosystem && pkg.name().equals(name))
        .flatMap(pkg -> pkg.symbols().stream()).toList();
    Reachability reach = index.check(ecosystem, name, symbols);
    List<EvidenceStep> evidence = new ArrayList<>(finding.evidence());
    evidence.add(new EvidenceStep(finding.location(), "", "reachability: " + reach.describe()));
    boolean unused = reach.status() == Reachability.Status.NOT_IMPORTED
        || reach.status() == Reachability.Status.AFFECTED_NOT_CALLED;
    return new Finding(finding.ruleId(), finding.cwe(), finding.severity(),
        unused ? Confidence.LOW : finding.confidence(), finding.message(), finding.location(),
        finding.excerpt(), finding.contextKey(), evidence);
  }

  @Override
  public List<RuleInfo> rules() {
    return List.of(VulnerabilityFindings.RULE);
  }
}
