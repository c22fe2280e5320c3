package dev.vigil.cli.bench;

import dev.vigil.engine.analysis.Severity;
import dev.vigil.server.auth.Secrets;
import dev.vigil.server.store.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes many findings with a realistic spread straight into the findings table, in batches: a few
 * repositories of very different sizes, mostly medium and low severities, most findings open or
 * fixed, one rule family per CWE, paths clustered in modules, few owners, few validated.
 */
final class FindingSeeder {
  /** Rule families and their CWE. */
  static final List<Map.Entry<String, Integer>> RULES = List.of(
      Map.entry("java.sql-injection", 89), Map.entry("java.xss", 79), Map.entry("java.path-traversal", 22),
      Map.entry("java.command-injection", 78), Map.entry("java.ssrf", 918), Map.entry("java.xxe", 611),
      Map.entry("java.deserialization", 502), Map.entry("java-crypto.weak-hash", 328),
      Map.entry("java-crypto.ecb-mode", 327), Map.entry("java-crypto.static-iv", 329),
      Map.entry("java.open-redirect", 601), Map.entry("java.ldap-injection", 90),
      Map.entry("secrets.github-token", 798), Map.entry("secrets.aws-access-key", 798),
      Map.entry("secrets.private-key", 321), Map.entry("secrets.generic-password", 259),
      Map.entry("ci.script-injection", 94), Map.entry("ci.unpinned-action", 829),
      Map.entry("ci.pwn-request", 863), Map.entry("deps.vulnerable-library", 1104));
  static final List<String> MODULES = List.of("billing", "accounts", "auth", "search", "orders",
      "payments", "reports", "admin", "api", "web", "mail", "export", "import", "jobs", "audit",
      "catalog", "cart", "shipping", "tax", "users", "files", "images", "notify", "gateway");
  static final List<String> OWNERS = List.of("alice", "bob", "chen", "dana", "eve", "farid",
      "grace", "hana", "ivan", "jo", "kim", "lee");
  static final List<String> STATUSES = List.of("open", "fixed", "accepted", "deferred", "rejected");
  private static final double[] STATUS_WEIGHTS = {0.60, 0.20, 0.08, 0.04, 0.08};
  private static final double[] SEVERITY_WEIGHTS = {0.03, 0.15, 0.35, 0.30, 0.17};
  private static final String HEX = "0123456789abcdef";

  private final Random random;
  private final List<String> commits = new ArrayList<>();
  private final Map<String, Long> counts = new HashMap<>();

  FindingSeeder(long seed) {
    this.random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sha = new StringBuilder(40);
      for (int c = 0; c < 40; c++) sha.append(HEX.charAt(random.nextInt(16)));
      commits.add(sha.toString());
    }
  }

  /** Returns the commit ids findings were introduced in, to pick filters from. */
  List<String> commits() {
    return commits;
  }

  /** Returns how many findings were written for a key such as {@code repo:3} or {@code repo:3:open}. */
  long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  /** Writes {@code total} findings spread over {@code repositoryIds} (the first gets the most). */
  void seed(Jdbi jdbi, List<Long> repositoryIds, int total) {
    Instant now = Clock.now();
    Instant start = Instant.parse("2023-01-01T00:00:00Z");
    jdbi.useHandle(h -> {
      PreparedBatch batch = h.prepareBatch("INSERT INTO findings (repository_id, fingerprint, rule_id, "
          + "cwe, severity, severity_rank, confidence, confidence_rank, message, path, line, excerpt, evidence, "
          + "introduced_sha, introduced_author, introduced_at, introduced_message, fixed_sha, "
          + "fixed_author, fixed_at, fixed_message, present_at_head, commits_present, sightings, status, "
          + "owner, deferred_until, validated, last_scan_id, first_seen_at, updated_at) VALUES (:repo, "
          + ":fp, :rule, :cwe, :sev, :rank, :conf, :crank, :msg, :path, :line, :excerpt, '[]', :in_sha, :author, "
          + ":in_at, :in_msg, :out_sha, :author, :out_at, :out_msg, :present, :commits, '[]', :status, "
          + ":owner, :until, :validated, 1, :now, :now)");
      for (int i = 0; i < total; i++) {
        long repo = repositoryIds.get(pickRepository(repositoryIds.size()));
        Map.Entry<String, Integer> rule = RULES.get((int) Math.min(RULES.size() - 1,
            Math.abs(random.nextGaussian()) * RULES.size() / 2.5));
        Severity severity = Severity.values()[pick(SEVERITY_WEIGHTS)];
        int confidence = random.nextInt(3);
        String status = STATUSES.get(pick(STATUS_WEIGHTS));
        String path = path(rule.getKey());
        Instant introduced = start.plusSeconds((long) (random.nextDouble() * 700 * 86_400));
        boolean fixed = status.equals("fixed");
        String owner = random.nextDouble() < 0.3 ? OWNERS.get(random.nextInt(OWNERS.size())) : null;
        batch.bind("repo", repo).bind("fp", Secrets.sha256(repo + ":" + i)).bind("rule", rule.getKey())
            .bind("cwe", rule.getValue()).bind("sev", severity.label()).bind("rank", severity.ordinal())
            .bind("crank", confidence).bind("conf", List.of("high", "medium", "low").get(confidence))
            .bind("msg", rule.getKey() + " reaches a sink in " + path).bind("path", path)
            .bind("line", 1 + random.nextInt(2_000)).bind("excerpt", "query(\"SELECT ...\" + input)")
            .bind("in_sha", commits.get(random.nextInt(commits.size()))).bind("author", "Dev <dev@example.org>")
            .bind("in_at", introduced).bind("in_msg", "change " + i)
            .bind("out_sha", fixed ? commits.get(random.nextInt(commits.size())) : null)
            .bind("out_at", fixed ? introduced.plusSeconds(86_400L * (1 + random.nextInt(90))) : null)
            .bind("out_msg", fixed ? "fix " + i : null).bind("present", !fixed)
            .bind("commits", 1 + random.nextInt(500)).bind("status", status).bind("owner", owner)
            .bind("until", status.equals("deferred") ? LocalDate.of(2027, 1, 1 + random.nextInt(28)) : null)
            .bind("validated", random.nextDouble() < 0.05).bind("now", now)
            .add();
        counts.merge("repo:" + repo, 1L, Long::sum);
        counts.merge("repo:" + repo + ":" + status, 1L, Long::sum);
        if (batch.size() == 1_000) batch.execute();
      }
      if (batch.size() > 0) batch.execute();
    });
  }

  private int pickRepository(int repositories) {
    double x = random.nextDouble();
    for (int r = 0; r < repositories - 1; r++) {
      if (x < 0.5) return r;
      x = (x - 0.5) * 2;
    }
    return repositories - 1;
  }

  private int pick(double[] weights) {
    double x = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      if (x < weights[i]) return i;
      x -= weights[i];
    }
    return weights.length - 1;
  }

  private String path(String rule) {
    if (rule.startsWith("ci.")) return ".github/workflows/" + List.of("ci", "release", "deploy", "nightly").get(random.nextInt(4)) + ".yml";
    if (rule.startsWith("deps.")) return MODULES.get(random.nextInt(MODULES.size())) + "/pom.xml";
    String module = MODULES.get((int) Math.min(MODULES.size() - 1, Math.abs(random.nextGaussian()) * 8));
    if (rule.startsWith("secrets.") && random.nextBoolean()) return "config/" + module + "/application-" + random.nextInt(6) + ".properties";
    return "src/main/java/com/acme/" + module + "/" + Character.toUpperCase(module.charAt(0)) + module.substring(1)
        + List.of("Controller", "Service", "Repository", "Client", "Mapper", "Util").get(random.nextInt(6))
        + random.nextInt(40) + ".java";
  }
}
