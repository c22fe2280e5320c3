package dev.vigil.engine.fix;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Proposes the patch for a finding: the first generator that handles its rule writes it, then the
 * product's patch rules check it ({@link PatchRules}); a patch that breaks one is not offered, and
 * the refusal says which rule it broke. Thread-safe.
 */
public final class Remediation {
  private final List<FixGenerator> generators;
  private final PatchRules rules;

  public Remediation(List<FixGenerator> generators, PatchRules rules) {
    this.generators = List.copyOf(generators);
    this.rules = Objects.requireNonNull(rules, "rules == null");
  }

  /** Returns the built-in generators, one per fixable rule family, under the standard patch rules. */
  public static Remediation standard() {
    return new Remediation(List.of(
        new SqlInjectionFix(), new WeakHashFix(), new PredictableRandomFix(), new CookieFlagFix(),
        new CommandInjectionFix(), new PathTraversalFix(), new OpenRedirectFix(), new HardcodedSecretFix(),
        new XxeFix(), new WorkflowScriptFix(), new DependencyVersionFix(), new XssFix()),
        PatchRules.standard());
  }

  /** Returns the patch for {@code finding}, or the reason there is no safe automatic fix. */
  public Proposal propose(Finding finding, SourceFiles files) {
    for (FixGenerator generator : generators) {
      if (!generator.handles(finding)) continue;
      Proposal proposal = generator.propose(finding, files);
      if (proposal instanceof Proposal.Fixed fixed) {
        List<String> broken = rules.check(finding, fixed.patch());
        if (!broken.isEmpty()) {
          return Proposal.refused("the generated patch breaks the patch rules: " + String.join("; ", broken));
        }
      }
      return proposal;
    }
    return Proposal.refused("no automatic fix for " + finding.ruleId() + ": " + ManualFixes.why(finding.ruleId()));
  }

  /** Returns {@code patch}'s problems under the patch rules (an edited patch is checked again). */
  public List<String> check(Finding finding, RemediationPatch patch) {
    return rules.check(finding, patch);
  }
}
