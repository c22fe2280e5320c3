package dev.vigil.server.review;

import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.PathScope;
import dev.vigil.engine.report.ExternalFinding;
import dev.vigil.engine.validation.HeadAnalysis;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.server.Installation;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.PatchStore;
import dev.vigil.server.store.RepositoryRecord;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Re-checks before a release every high and critical finding (rejected ones aside) and every
 * deferred one against the release's commit: a fresh analysis of that tree (through the shared
 * cache, so repeated reviews are quick) says whether each is still in the code. An item is decided
 * when the release does not carry it, its risk was accepted, or it is deferred to a date not yet
 * come; anything else present in the release waits for a person.
 */
public final class ReleaseReview {
  private final Installation installation;
  private final PassOptions options;
  private final Clock clock;

  public ReleaseReview(Installation installation, PassOptions options, Clock clock) {
    this.installation = installation;
    this.options = options;
    this.clock = clock;
  }

  /** Returns the checklist of {@code repository} at {@code ref} (a tag, branch or commit). */
  public ReleaseChecklist review(RepositoryRecord repository, String ref) {
    if (ref == null || ref.isBlank()) throw new IllegalArgumentException("a release ref is required (a tag, branch or commit)");
    try (Repository git = installation.mirrors().open(repository,
        installation.repositories().credential(repository.id()))) {
      ObjectId commit = resolve(git, ref.trim());
      if (commit == null) {
        throw new IllegalArgumentException("no commit '" + ref + "' in repository " + repository.name());
      }
      HeadSnapshot release = new HeadAnalysis(installation.analyzers().current(), installation.cache(),
          options.withScope(PathScope.parse(repository.pathScope()))).at(git, commit.name());
      LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
      List<ReviewItem> items = new ArrayList<>();
      for (FindingRecord finding : installation.findings().withEvidence(repository.id())) {
        if (inReview(finding)) items.add(item(finding, release, today));
      }
      items.sort(java.util.Comparator.comparing(ReviewItem::decided)
          .thenComparing(item -> dev.vigil.server.store.FindingQuery.SEVERITIES.indexOf(item.finding().severity()))
          .thenComparing(item -> item.finding().id()));
      return new ReleaseChecklist(repository, ref.trim(), release.commit(), items);
    }
  }

  private static ObjectId resolve(Repository git, String ref) {
    try {
      return git.resolve(ref + "^{commit}");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean inReview(FindingRecord finding) {
    if ("rejected".equals(finding.status())) return false;
    return "deferred".equals(finding.status()) || "critical".equals(finding.severity()) || "high".equals(finding.severity());
  }

  private ReviewItem item(FindingRecord finding, HeadSnapshot release, LocalDate today) {
    boolean external = ExternalFinding.isExternal(finding.ruleId());
    String present = external ? ReviewItem.UNKNOWN : release.finding(finding.fingerprint()).isPresent() ? ReviewItem.YES
        : release.unanalysed().containsKey(finding.path()) ? ReviewItem.UNKNOWN : ReviewItem.NO;
    String owner = finding.owner() != null ? finding.owner()
        : finding.suggestedOwners().isEmpty() ? "none" : String.join(", ", finding.suggestedOwners()) + " (suggested)";
    String verdict = finding.verdict() == null ? "not validated" : finding.verdict();
    boolean due = finding.deferredUntil() != null && !finding.deferredUntil().isAfter(today);
    boolean decided;
    String decision;
    if (ReviewItem.NO.equals(present)) {
      decided = true;
      decision = "not in the release";
    } else if ("accepted".equals(finding.status())) {
      decided = true;
      decision = "risk accepted";
    } else if ("deferred".equals(finding.status()) && !due) {
      decided = true;
      decision = "deferred until " + finding.deferredUntil();
    } else if ("deferred".equals(finding.status())) {
      decided = false;
      decision = "deferral fell due on " + finding.deferredUntil();
    } else {
      decided = false;
      decision = (external ? "reported by " + ExternalFinding.toolOf(finding.ruleId()) + ", which Vigil cannot re-check"
          : ReviewItem.UNKNOWN.equals(present) ? "could not be analysed in the release ("
          + release.unanalysed().get(finding.path()) + ")" : "in the release") + ", no decision";
    }
    return new ReviewItem(finding, present, verdict, owner, patch(finding.id()).orElse("none"), decided, decision);
  }

  /** Returns the finding's newest proposed patch as its id, validation verdict and API link. */
  private Optional<String> patch(long findingId) {
    return new PatchStore(installation.jdbi()).latest(findingId).map(patch -> "#" + patch.id() + " "
        + patch.validation().verdict().label() + ", /api/v1/patches/" + patch.id());
  }
}
