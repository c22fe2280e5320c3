package dev.vigil.engine.git;

/**
 * Receives a pass's progress and checkpoints. Called on the scanning thread; keep it quick.
 */
public interface ScanListener {
  /** A listener that ignores everything. */
  ScanListener NONE = new ScanListener() {};

  /** Called after each commit. */
  default void progress(ScanProgress progress) {}

  /** Called after each batch of commits with the state needed to resume after a crash. */
  default void checkpoint(ScanCheckpoint checkpoint) {}

  /**
   * Called after the head's tree and after each checkpoint with every finding seen so far, so
   * they can be shown before a long backfill ends. A finding still present at the oldest commit
   * reached is provisionally introduced there; the final result has the exact commits.
   */
  default void provisionalFindings(java.util.List<TrackedFinding> findings) {}
}
