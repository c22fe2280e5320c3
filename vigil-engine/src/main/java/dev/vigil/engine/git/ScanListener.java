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
}
