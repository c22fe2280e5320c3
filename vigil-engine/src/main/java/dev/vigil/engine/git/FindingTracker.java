package dev.vigil.engine.git;

import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.git.ScanCheckpoint.FindingState;
import dev.vigil.engine.git.ScanCheckpoint.TrackedPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the tree backwards through the window, one commit at a time, and turns "which findings
 * are in which file at this commit" into finding identities with introduced-in and fixed-in
 * commits. Commit index 0 is the head; a larger index is older.
 *
 * <p>A finding is present at a commit while some tracked file carries its fingerprint; presence is
 * a reference count, so a finding that moves between files within one commit never flickers.
 */
final class FindingTracker {
  /** Sightings kept per finding; older ones are dropped beyond this. */
  static final int MAX_SIGHTINGS = 100;

  private record FileState(String identityPath, String blobId, List<String> fingerprints) {}

  private final Map<String, FileState> files = new HashMap<>();
  private final Map<String, Integer> presence = new HashMap<>();
  private final Map<String, Track> tracks = new LinkedHashMap<>();
  /** Presence count of each fingerprint touched by the current commit, before the commit. */
  private final Map<String, Integer> before = new HashMap<>();
  private int index;

  /** Starts the changes that lead to the tree at commit {@code index}. */
  void beginCommit(int index) {
    this.index = index;
    before.clear();
  }

  /** Returns the identity path of the file now at {@code path}, or null if it is not tracked. */
  String identityOf(String path) {
    FileState state = files.get(path);
    return state == null ? null : state.identityPath();
  }

  /** Returns the blob of the file now at {@code path}, or null if it is not tracked. */
  String blobOf(String path) {
    FileState state = files.get(path);
    return state == null ? null : state.blobId();
  }

  /** Stops tracking the file at {@code path}; its findings leave unless carried elsewhere. */
  void remove(String path) {
    FileState state = files.remove(path);
    if (state == null) return;
    for (String fingerprint : state.fingerprints()) {
      int count = presence.getOrDefault(fingerprint, 0);
      before.putIfAbsent(fingerprint, count);
      if (count <= 1) presence.remove(fingerprint); else presence.put(fingerprint, count - 1);
    }
  }

  /**
   * Tracks the file at {@code path} with the given findings (already placed at its identity path)
   * as found in commit {@code commitSha}.
   */
  void put(String path, String identityPath, String blobId, List<Finding> findings,
      String commitSha) {
    FileState previous = files.get(path);
    remove(path);
    List<String> fingerprints = Fingerprints.of(findings);
    files.put(path, new FileState(identityPath, blobId, fingerprints));
    for (int i = 0; i < findings.size(); i++) {
      String fingerprint = fingerprints.get(i);
      Finding finding = findings.get(i);
      before.putIfAbsent(fingerprint, presence.getOrDefault(fingerprint, 0));
      presence.merge(fingerprint, 1, Integer::sum);
      Track track = tracks.computeIfAbsent(fingerprint, fp -> new Track(fp, finding, index));
      // The same version tracked again (its context changed) is no new sighting.
      boolean seen = previous != null && previous.blobId().equals(blobId)
          && previous.fingerprints().contains(fingerprint);
      if (!seen) track.sight(sighting(path, identityPath, blobId, finding, commitSha));
    }
  }

  /**
   * Returns where a finding was seen: in the file at {@code path}, or, for a finding a project
   * analyzer located in another file, in that file.
   */
  private Sighting sighting(String path, String identityPath, String blobId, Finding finding,
      String commitSha) {
    String located = finding.location().path();
    if (located.equals(identityPath)) {
      return new Sighting(commitSha, path, finding.location().line(), blobId);
    }
    FileState other = files.get(located);
    return new Sighting(commitSha, located, finding.location().line(),
        other == null ? "" : other.blobId());
  }

  /** Ends the commit: findings that appeared or disappeared across it are recorded. */
  void endCommit() {
    for (var entry : before.entrySet()) {
      boolean wasPresent = entry.getValue() > 0;
      boolean isPresent = presence.containsKey(entry.getKey());
      Track track = tracks.get(entry.getKey());
      if (wasPresent && !isPresent) track.leaveAfter(index - 1);
      if (!wasPresent && isPresent) track.enter(index);
    }
    before.clear();
  }

  /** Returns the findings with their commits resolved, once the oldest commit was processed. */
  List<TrackedFinding> finish(List<CommitInfo> commits) {
    int oldest = commits.size() - 1;
    List<TrackedFinding> result = new ArrayList<>(tracks.size());
    for (Track track : tracks.values()) {
      if (track.enteredIndex >= 0) track.leaveAfter(oldest);
      result.add(track.toFinding(commits, track.oldestIndex, track.commitsPresentBefore));
    }
    return result;
  }

  /**
   * Returns the findings as known so far, without ending the walk: a finding still present at the
   * commit reached is provisionally introduced there, until older commits say otherwise.
   */
  List<TrackedFinding> snapshot(List<CommitInfo> commits, int reachedIndex) {
    List<TrackedFinding> result = new ArrayList<>(tracks.size());
    for (Track track : tracks.values()) {
      boolean present = track.enteredIndex >= 0;
      int oldest = present ? reachedIndex : track.oldestIndex;
      int commitsPresent = track.commitsPresentBefore
          + (present ? reachedIndex - track.enteredIndex + 1 : 0);
      result.add(track.toFinding(commits, oldest, commitsPresent));
    }
    return result;
  }

  /** Returns the state to store in a checkpoint. */
  List<TrackedPath> trackedPaths() {
    List<TrackedPath> paths = new ArrayList<>(files.size());
    files.forEach((path, state) ->
        paths.add(new TrackedPath(path, state.identityPath(), state.blobId())));
    return paths;
  }

  List<FindingState> findingStates() {
    return tracks.values().stream().map(Track::state).toList();
  }

  /** Restores the findings of a checkpoint. */
  void restore(List<FindingState> states) {
    for (FindingState state : states) {
      tracks.put(state.fingerprint(), new Track(state));
    }
  }

  /** Restores a tracked file of a checkpoint, without counting it as a change. */
  void restoreFile(String path, String identityPath, String blobId, List<Finding> findings) {
    List<String> fingerprints = Fingerprints.of(findings);
    files.put(path, new FileState(identityPath, blobId, fingerprints));
    fingerprints.forEach(fingerprint -> presence.merge(fingerprint, 1, Integer::sum));
  }

  /** The history of one fingerprint while the walk goes on. */
  private static final class Track {
    final String fingerprint;
    final Finding finding;
    final int newestIndex;
    int oldestIndex;
    int enteredIndex = -1;
    int commitsPresentBefore;
    final List<Sighting> sightings = new ArrayList<>();

    Track(String fingerprint, Finding newest, int index) {
      this.fingerprint = fingerprint;
      this.finding = newest;
      this.newestIndex = index;
      this.oldestIndex = index;
    }

    Track(FindingState state) {
      this.fingerprint = state.fingerprint();
      this.finding = state.finding();
      this.newestIndex = state.newestIndex();
      this.oldestIndex = state.oldestIndex();
      this.enteredIndex = state.enteredIndex();
      this.commitsPresentBefore = state.commitsPresentBefore();
      this.sightings.addAll(state.sightings());
    }

    void enter(int index) {
      enteredIndex = index;
    }

    void leaveAfter(int lastPresentIndex) {
      oldestIndex = lastPresentIndex;
      commitsPresentBefore += lastPresentIndex - enteredIndex + 1;
      enteredIndex = -1;
    }

    void sight(Sighting sighting) {
      if (sightings.size() < MAX_SIGHTINGS && !sightings.contains(sighting)) {
        sightings.add(sighting);
      }
    }

    TrackedFinding toFinding(List<CommitInfo> commits, int oldest, int commitsPresent) {
      CommitInfo fixedIn = newestIndex == 0 ? null : commits.get(newestIndex - 1);
      return new TrackedFinding(fingerprint, finding, commits.get(oldest), fixedIn,
          newestIndex == 0, commitsPresent, sightings);
    }

    FindingState state() {
      return new FindingState(fingerprint, finding, newestIndex, oldestIndex, enteredIndex,
          commitsPresentBefore, sightings);
    }
  }
}
