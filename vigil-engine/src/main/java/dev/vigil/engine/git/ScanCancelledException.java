package dev.vigil.engine.git;

/** Thrown when a pass is cancelled; carries the checkpoint to resume from. */
public final class ScanCancelledException extends RuntimeException {
  private final transient ScanCheckpoint checkpoint;

  public ScanCancelledException(ScanCheckpoint checkpoint) {
    super("scan cancelled after " + checkpoint.commitsDone() + " commits");
    this.checkpoint = checkpoint;
  }

  /** Returns the checkpoint a later run can resume from. */
  public ScanCheckpoint checkpoint() {
    return checkpoint;
  }
}
