package dev.vigil.engine.git;

/**
 * Tuning of a pass: the largest blob analysed (bigger ones are skipped and reported) and how many
 * commits go between checkpoints.
 */
public record PassOptions(long maxBlobBytes, int checkpointEvery) {
  /** The default size cap: 2 MiB. */
  public static final long DEFAULT_MAX_BLOB_BYTES = 2L * 1024 * 1024;

  public PassOptions {
    if (maxBlobBytes < 1) throw new IllegalArgumentException("maxBlobBytes < 1: " + maxBlobBytes);
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException("checkpointEvery < 1: " + checkpointEvery);
    }
  }

  /** Returns the defaults: a 2 MiB cap and a checkpoint every 100 commits. */
  public static PassOptions defaults() {
    return new PassOptions(DEFAULT_MAX_BLOB_BYTES, 100);
  }

  /** Returns these options with another size cap. */
  public PassOptions withMaxBlobBytes(long bytes) {
    return new PassOptions(bytes, checkpointEvery);
  }

  /** Returns these options with another checkpoint interval. */
  public PassOptions withCheckpointEvery(int commits) {
    return new PassOptions(maxBlobBytes, commits);
  }
}
