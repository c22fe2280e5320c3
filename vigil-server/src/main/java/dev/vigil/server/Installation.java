package dev.vigil.server;

import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.server.auth.SecretBox;
import dev.vigil.server.digest.DigestService;
import dev.vigil.server.digest.DigestWriter;
import dev.vigil.server.digest.Digests;
import dev.vigil.server.github.CodeScanningUpload;
import dev.vigil.server.github.StoredSarif;
import dev.vigil.server.jobs.AnalyzerSet;
import dev.vigil.server.jobs.RepositoryMirrors;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.store.AuditLog;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.DigestScheduleStore;
import dev.vigil.server.store.EnvironmentStore;
import dev.vigil.server.store.FindingStore;
import dev.vigil.server.store.FindingWindows;
import dev.vigil.server.store.GitHubLinkStore;
import dev.vigil.server.store.HealthCheckStore;
import dev.vigil.server.store.JdbiAnalysisCache;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.RepositoryStore;
import dev.vigil.server.store.ScanStore;
import dev.vigil.server.store.ThreatModelStore;
import dev.vigil.server.store.TriageEvents;
import dev.vigil.server.store.UserStore;
import dev.vigil.server.store.ValidationStore;
import dev.vigil.server.threat.FindingRanking;
import dev.vigil.server.threat.ThreatModels;
import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * The stores of one Vigil installation (its database and data folder) and its analyzers over the
 * shared analysis cache, wired once for the server and for the commands that read or write the
 * same data without it (digest, release review, SARIF import).
 */
public record Installation(Jdbi jdbi, SecretBox box, UserStore users, AuditLog audit,
    RepositoryStore repositories, ScanStore scans, FindingStore findings, TriageEvents triage,
    RepositoryMirrors mirrors, ThreatModels threatModels, FindingRanking ranking,
    EnvironmentStore environments, HealthCheckStore healthChecks, ValidationStore validations,
    AnalyzerSet analyzers, JdbiAnalysisCache cache) {

  /** Returns the stores over {@code database}, with secrets sealed by the key in {@code dataDir}. */
  public static Installation of(Database database, Path dataDir) {
    Jdbi jdbi = database.jdbi();
    SecretBox box = SecretBox.fromKeyFile(dataDir.resolve("secret.key"));
    RepositoryStore repositories = new RepositoryStore(jdbi, box);
    ScanStore scans = new ScanStore(jdbi);
    FindingStore findings = new FindingStore(jdbi);
    TriageEvents triage = new TriageEvents(jdbi);
    RepositoryMirrors mirrors = new RepositoryMirrors(dataDir.resolve("mirrors"));
    ThreatModels threatModels = new ThreatModels(new ThreatModelStore(jdbi), repositories, scans, mirrors);
    return new Installation(jdbi, box, new UserStore(jdbi), new AuditLog(jdbi), repositories, scans,
        findings, triage, mirrors, threatModels, new FindingRanking(threatModels, findings, triage),
        new EnvironmentStore(jdbi, box), new HealthCheckStore(jdbi), new ValidationStore(jdbi),
        new AnalyzerSet(AnalyzerRegistry.builtIn(), new AdvisoryStore(jdbi)), new JdbiAnalysisCache(jdbi));
  }

  /** Returns the digests of this installation, with windows ending at {@code clock}'s now. */
  public DigestService digests(Clock clock) {
    return new DigestService(new Digests(ranking, new FindingWindows(jdbi), threatModels.store(), scans,
        environments, healthChecks, clock), new DigestWriter(jdbi), new DigestScheduleStore(jdbi, box),
        repositories, clock);
  }

  /** Returns the SARIF upload to GitHub code scanning of this installation's scans. */
  public CodeScanningUpload codeScanning(Clock clock) {
    return new CodeScanningUpload(scans, repositories, new GitHubLinkStore(jdbi), new StoredSarif(findings, scans, analyzers),
        clock);
  }

  /** Returns the repository called {@code name}; throws naming the known ones if there is none. */
  public RepositoryRecord repositoryNamed(String name) {
    var all = repositories.all();
    return all.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no repository named '" + name + "'; known: "
            + String.join(", ", all.stream().map(RepositoryRecord::name).toList())));
  }
}
