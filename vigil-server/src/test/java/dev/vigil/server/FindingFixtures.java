package dev.vigil.server;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.CommitInfo;
import dev.vigil.engine.git.Sighting;
import dev.vigil.engine.git.TrackedFinding;
import dev.vigil.server.auth.Secrets;
import java.time.Instant;
import java.util.List;

/**
 * Hand-built findings to store with {@code FindingStore.recordBackfill}, for tests that need an
 * exact, varied set without scanning a repository.
 */
public final class FindingFixtures {
  private FindingFixtures() {}

  /**
   * One finding to seed: what matched, where, and the commits that introduced and fixed it
   * ({@code introducedSha} null = no known commit; {@code fixedSha} null = still present at head).
   */
  public record Seed(String ruleId, int cwe, Severity severity, Confidence confidence, String path,
      int line, String introducedSha, Instant introducedAt, String fixedSha) {

    /** Returns the tracked finding the engine would report for this seed. */
    public TrackedFinding tracked() {
      Location location = Location.line(path, line);
      Finding finding = new Finding(ruleId, cwe, severity, confidence,
          ruleId + " in " + path, location, "code at " + path + ":" + line, ruleId + path,
          List.of(new EvidenceStep(location, "code at " + path + ":" + line, "matched " + ruleId)));
      CommitInfo in = introducedSha == null ? null
          : new CommitInfo(introducedSha, "Lin Dev <lin@example.org>", introducedAt, "add " + path);
      CommitInfo out = fixedSha == null ? null
          : new CommitInfo(fixedSha, "Sam Fix <sam@example.org>", introducedAt.plusSeconds(86_400),
              "fix " + path);
      return new TrackedFinding(Secrets.sha256(ruleId + "|" + path + "|" + line), finding, in, out,
          fixedSha == null, 1,
          introducedSha == null ? List.of() : List.of(new Sighting(introducedSha, path, line, "blob")));
    }
  }

  /** Returns a 40-character commit id made of {@code prefix} repeated. */
  public static String sha(String prefix) {
    return prefix.repeat(40 / prefix.length() + 1).substring(0, 40);
  }
}
