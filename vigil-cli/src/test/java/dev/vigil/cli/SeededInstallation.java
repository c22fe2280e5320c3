package dev.vigil.cli;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.server.Installation;
import dev.vigil.server.auth.Role;
import dev.vigil.server.auth.User;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.RepositoryRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** An installation's data folder with a connected repository and findings, as the server leaves it. */
final class SeededInstallation {
  private SeededInstallation() {}

  /** Returns one finding present at the head, introduced by {@code sha} now. */
  static TrackedFinding finding(String ruleId, int cwe, Severity severity, String path, int line, String sha) {
    Location at = Location.line(path, line);
    return new TrackedFinding(ruleId + "|" + path + "|" + line, new Finding(ruleId, cwe, severity, Confidence.HIGH,
        ruleId + " in " + path, at, "code", null, List.of()),
        new CommitInfo(sha, "Lin Dev <lin@example.org>", Instant.now(), "add " + path), null, true, 1, List.of());
  }

  /** Connects {@code name} at {@code url} in {@code data}, records {@code findings}, then runs {@code more}. */
  static RepositoryRecord seed(Path data, String name, String url, List<TrackedFinding> findings,
      Consumer<Installation> more) {
    try (Database database = Database.open(Database.embeddedUrl(data), null, null)) {
      Installation installation = Installation.of(database, data);
      User admin = installation.users().create("admin", "admin-password", Role.ADMIN);
      RepositoryRecord repository = installation.repositories().create(name, url, null, null, null, admin);
      installation.findings().recordBackfill(repository.id(), 0, findings);
      more.accept(installation);
      return repository;
    }
  }
}
