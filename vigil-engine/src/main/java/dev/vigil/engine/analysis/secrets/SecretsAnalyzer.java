package dev.vigil.engine.analysis.secrets;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.FileKind;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds credentials committed in clear: cloud and SaaS keys, tokens, private keys, JWTs, passwords
 * in URLs and in {@code password = "..."} assignments. Rules are data
 * ({@code rules/secrets/<id>.yaml}, listed in {@code rules/secrets/index.txt}); a file is matched
 * against a rule's regex only if one of the rule's keywords occurs in it. Placeholders and
 * documented example keys are not findings. Secrets never appear in clear in a finding: see
 * {@link FindingWriter}.
 *
 * <p>Fallback rules (generic assignments, passwords in URLs) yield to every other rule whose regex
 * matched the same text, even if that rule then rejected it: a GitHub token with a wrong checksum
 * is not a credential, so {@code token = "ghp_..."} must not be reported as a generic one either.
 *
 * <p>What a file is decides how its text is read ({@link TextKind}): rules name the kinds they
 * skip, and the generic assignment rule, whose keywords are also words of UI text and prose, reads
 * no message bundles, documentation, assets, data or test code.
 *
 * <p>Reads every path except dependency lock files ({@code package-lock.json}, {@code yarn.lock},
 * {@code *.lock}, {@code go.sum}...), whose integrity hashes are not credentials and only cause
 * noise. Minified files are read: bundles do leak keys, and each rule's regex work is bounded per
 * file (see {@link BoundedText}). Binary files never reach analyzers.
 *
 * <p>Bump {@link #VERSION} whenever a rule file, the index, a validator or the matching logic
 * changes, so cached results of the old rules are not reused.
 */
public final class SecretsAnalyzer implements Analyzer {
  /** The version of the rules and logic; part of the analysis cache key. */
  public static final String VERSION = "5";

  private static final Set<String> LOCK_FILES = Set.of("package-lock.json", "npm-shrinkwrap.json",
      "yarn.lock", "pnpm-lock.yaml", "go.sum", "bun.lockb", "packages.lock.json");

  private final List<SecretRule> rules;

  SecretsAnalyzer(List<SecretRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Returns an analyzer with the rules that ship with Vigil; throws if a rule file is invalid. */
  public static SecretsAnalyzer withBuiltInRules() {
    return new SecretsAnalyzer(new RuleCatalog(Validators.builtIn()).loadBuiltIn());
  }

  @Override
  public String id() {
    return "secrets";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public boolean reads(String path) {
    String name = FileKind.fileName(path).toLowerCase(Locale.ROOT);
    return !LOCK_FILES.contains(name) && !FileKind.extension(name).equals("lock");
  }

  @Override
  public List<Finding> analyze(AnalysisContext context) {
    SourceText source = new SourceText(context.text(), TextKind.of(context.path()));
    return new FindingWriter(context.path(), source, detect(source)).findings();
  }

  /** Returns the secrets found in a text, before they are masked into findings. */
  List<Detection> detect(SourceText source) {
    String lowerCase = source.text().toLowerCase(Locale.ROOT);
    List<Detection> detections = new ArrayList<>();
    List<Detection> fallbacks = new ArrayList<>();
    List<int[]> claimed = new ArrayList<>();
    for (SecretRule rule : rules) {
      if (!rule.reads(source.kinds()) || !rule.triggeredBy(lowerCase)) continue;
      RuleScan scan = new RuleScan(rule, source);
      List<Detection> found = scan.run();
      if (rule.fallback()) {
        fallbacks.addAll(found);
      } else {
        detections.addAll(found);
        claimed.addAll(scan.matchedSpans());
      }
    }
    for (Detection fallback : fallbacks) {
      boolean yields = claimed.stream().anyMatch(span -> fallback.overlaps(span[0], span[1]))
          || detections.stream().anyMatch(d -> fallback.overlaps(d.secretStart(), d.secretEnd()));
      if (!yields) detections.add(fallback);
    }
    return detections;
  }

  @Override
  public List<RuleInfo> rules() {
    return rules.stream().map(SecretRule::info).toList();
  }
}
