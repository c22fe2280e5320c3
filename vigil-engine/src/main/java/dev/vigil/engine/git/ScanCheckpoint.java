package dev.vigil.engine.git;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Everything a pass needs to continue where it stopped: the head it started from, how many commits
 * of the window are done, the tracked files of the tree at the next commit, and the findings
 * tracked so far. Findings of the tracked files come back from the analysis cache, so a resumed
 * pass re-analyses nothing. Plain values only, so the server can store it as JSON.
 */
public record ScanCheckpoint(
    String headSha,
    HistoryWindow window,
    int commitsDone,
    List<TrackedPath> paths,
    List<FindingState> findings,
    List<SkippedFile> skipped) {

  public ScanCheckpoint {
    Objects.requireNonNull(headSha, "headSha == null");
    Objects.requireNonNull(window, "window == null");
    paths = List.copyOf(paths);
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
  }

  /**
   * A file of the tree being tracked: its path at the commit reached, the path it has at the head
   * (the finding's identity follows renames), and its blob.
   */
  public record TrackedPath(String path, String identityPath, String blobId) {}

  /**
   * A finding tracked so far, by commit index in the window (0 = head): the newest version the
   * analyzer reported, the newest and oldest index where it was seen, the index since which it is
   * present at the commit reached (-1 if absent there), the commits it was present in over
   * finished intervals, and its sightings.
   */
  public record FindingState(
      String fingerprint,
      Finding finding,
      int newestIndex,
      int oldestIndex,
      int enteredIndex,
      int commitsPresentBefore,
      List<Sighting> sightings) {
    public FindingState {
      sightings = List.copyOf(sightings);
    }
  }
}
