package dev.vigil.engine.analysis.java.crypto;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.FileKind;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.java.JavaSyntax;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Finds misused cryptography and insecure TLS and cookie settings in Java source: weak digests and ciphers, ECB mode, RSA without padding, fixed IVs, predictable randomness
 * that becomes a secret, cookies without Secure or HttpOnly, trust-all certificate and hostname
 * checks, credentials or keys written in code, and XML parsers left open to external entities
 * (XXE); in {@code .properties} files, settings that
 * select a weak hash algorithm. Test code is not read: it is not deployed, so its fixtures, test
 * keys and cookies do not weaken the product. Rule metadata and data are files
 * ({@code rules/java/crypto/<id>.yaml}, listed in {@code index.txt}); each rule's logic is one
 * {@link CryptoCheck} over a JavaParser tree. {@link #analyze} sees one file alone; a session
 * ({@link CryptoSession}) also resolves constants that other Java files of the tree declare
 * ({@link ProjectConstants}), and re-analyses a file when a class it looked up changes.
 *
 * <p>A file that does not parse, nests too deeply, or takes longer than the time limit throws
 * {@link UnanalysableJavaException}, which the engine records as an analysis error on that file.
 * Hard-coded secrets are masked in excerpts and evidence, and fingerprinted by hash. Bump
 * {@link #VERSION} whenever a rule file or a check changes.
 */
public final class CryptoAnalyzer implements ProjectAnalyzer {
  /** The version of the rules and logic; part of the analysis cache key. */
  public static final String VERSION = "15";

  private static final String WEAK_HASH = "java.weak-hash";
  private static final long STACK_BYTES = 512L * 1024 * 1024;
  private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
  private static final Map<String, CryptoCheck> CHECKS = Map.ofEntries(
      Map.entry(WEAK_HASH, new WeakHashCheck()),
      Map.entry("java.weak-cipher", new WeakCipherCheck()),
      Map.entry("java.ecb-mode", new EcbModeCheck()),
      Map.entry("java.rsa-no-padding", new RsaNoPaddingCheck()),
      Map.entry("java.static-iv", new StaticIvCheck()),
      Map.entry("java.predictable-random", new PredictableRandomCheck()),
      Map.entry("java.cookie-missing-secure", new CookieFlagCheck("the Secure flag")),
      Map.entry("java.cookie-missing-httponly", new CookieFlagCheck("the HttpOnly flag")),
      Map.entry("java.trust-all-certificates", new TrustAllCertificatesCheck()),
      Map.entry("java.trust-all-hostnames", new TrustAllHostnamesCheck()),
      Map.entry("java.hardcoded-credential", new HardcodedCredentialCheck()),
      Map.entry("java.hardcoded-crypto-key", new HardcodedKeyCheck()),
      Map.entry("java.xxe-parser", new XxeParserCheck()));

  private final List<CryptoRule> rules;
  private final DeepStack deepStack;

  CryptoAnalyzer(List<CryptoRule> rules, DeepStack deepStack) {
    this.rules = List.copyOf(rules);
    this.deepStack = deepStack;
  }

  /** Returns an analyzer with the rules that ship with Vigil; throws if a rule file is invalid. */
  public static CryptoAnalyzer withBuiltInRules() {
    return new CryptoAnalyzer(new CryptoRuleCatalog().loadBuiltIn(CHECKS.keySet()),
        new DeepStack(STACK_BYTES, TIME_LIMIT));
  }

  @Override
  public String id() {
    return "java-crypto";
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public boolean reads(String path) {
    if (FileKind.isTestCode(path)) return false;
    String extension = FileKind.extension(path);
    return extension.equals("java") || extension.equals("properties");
  }

  @Override
  public List<Finding> analyze(AnalysisContext context) {
    String path = context.path();
    String text = context.text();
    if (FileKind.extension(path).equals("properties")) return settings(path, text);
    return javaFindings(path, parse(path, text), null);
  }

  /** Parses a Java {@code file} into the trees {@link JavaSyntax} shares, ready for the put. */
  @Override
  public void prepare(AnalysisContext file) {
    if (FileKind.extension(file.path()).equals("java")) JavaSyntax.parse(file.text());
  }

  @Override
  public ProjectSession openSession(AnalysisCache cache) {
    return new CryptoSession(this, dev.vigil.engine.analysis.java.JavaSyntax.maxKeptChars());
  }

  /** Returns the Java file at {@code path} parsed; throws as {@link #analyze}. */
  JavaFile parse(String path, String text) {
    return deepStack.run(path, () -> JavaFile.parse(path, text));
  }

  /** Returns what the Java file declares for other files; throws as {@link #analyze}. */
  DeclaredConstants declarations(String path, JavaFile file) {
    return deepStack.run(path, () -> DeclaredConstants.of(path, file));
  }

  /**
   * Returns the findings of a parsed Java file, looking names it does not declare up with {@code
   * lookup} if not null; throws as {@link #analyze}.
   */
  List<Finding> javaFindings(String path, JavaFile file, ProjectConstants.Lookup lookup) {
    return deepStack.run(path, () -> ProjectConstants.using(lookup, () -> {
      List<Finding> findings = new ArrayList<>();
      for (CryptoRule rule : rules) {
        for (Hit hit : CHECKS.get(rule.id()).check(file, rule)) {
          findings.add(finding(path, file, rule.info(), hit));
        }
      }
      findings.sort(Comparator.comparingInt((Finding f) -> f.location().line())
          .thenComparingInt(f -> f.location().column()).thenComparing(Finding::ruleId));
      return findings;
    }));
  }

  private List<Finding> settings(String path, String text) {
    List<String> lines = text.lines().toList();
    List<Finding> findings = new ArrayList<>();
    for (CryptoRule rule : rules) {
      if (!rule.id().equals(WEAK_HASH)) continue;
      for (Hit hit : WeakHashSettings.check(text, rule)) {
        int line = hit.range().begin.line;
        findings.add(finding(path, lines.get(line - 1), line, rule.info(), hit, List.of()));
      }
    }
    return findings;
  }

  @Override
  public List<RuleInfo> rules() {
    return rules.stream().map(CryptoRule::info).toList();
  }

  private static Finding finding(String path, JavaFile file, RuleInfo info, Hit hit) {
    int line = hit.range().begin.line;
    List<EvidenceStep> clues = new ArrayList<>();
    for (Hit.Clue clue : hit.clues()) {
      String at = clue.path() == null ? path : clue.path();
      String code = clue.path() == null ? file.line(clue.line()) : clue.code();
      clues.add(new EvidenceStep(Location.line(at, clue.line()), mask(code.strip(), hit.secret()),
          mask(clue.description(), hit.secret())));
    }
    return finding(path, file.line(line), line, info, hit, clues);
  }

  private static Finding finding(String path, String lineText, int line, RuleInfo info, Hit hit,
      List<EvidenceStep> clues) {
    Location location = new Location(path, line, hit.range().begin.column, hit.range().end.line,
        hit.range().end.column);
    String excerpt = mask(lineText.strip(), hit.secret());
    List<EvidenceStep> evidence = new ArrayList<>(clues);
    evidence.add(new EvidenceStep(location, excerpt, mask(hit.detail(), hit.secret())));
    String contextKey = hit.secret() == null ? null : "secret:" + sha256(hit.secret());
    return new Finding(info.id(), info.cwe(), info.severity(),
        hit.confidence() == null ? info.confidence() : hit.confidence(),
        mask(hit.detail(), hit.secret()) + " " + info.description(), location, excerpt, contextKey,
        evidence);
  }

  /** Masks the secret in {@code text}, as written in a string literal too (escaped quotes, backslashes). */
  private static String mask(String text, String secret) {
    if (secret == null || secret.isEmpty()) return text;
    String shown = secret.length() > 8 ? secret.substring(0, 2) + "****" : "****";
    String escaped = secret.replace("\\", "\\\\").replace("\"", "\\\"");
    return text.replace(escaped, shown).replace(secret, shown);
  }

  private static String sha256(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
