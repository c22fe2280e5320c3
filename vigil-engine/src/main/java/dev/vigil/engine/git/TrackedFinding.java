package dev.vigil.engine.git;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A finding as an identity across the history window: its stable fingerprint, the newest version
 * of what the analyzer reported, the commit that introduced it (the oldest commit of the window
 * where it is present), the commit that fixed it (the first newer commit where it is gone, null if
 * it is still present at the head), and the sightings behind those facts.
 */
public record TrackedFinding(
    String fingerprint,
    Finding finding,
    CommitInfo introducedIn,
    CommitInfo fixedIn,
    boolean presentAtHead,
    int commitsPresent,
    List<Sighting> sightings) {

  public TrackedFinding {
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    Objects.requireNonNull(finding, "finding == null");
    sightings = List.copyOf(sightings);
  }
}
