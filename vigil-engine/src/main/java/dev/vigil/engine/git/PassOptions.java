package dev.vigil.engine.git;

/**
 * Tuning of a pass: the largest blob analysed (bigger ones are skipped and reported), how many
 * commits go between checkpoints, the paths it covers, and how many worker threads analyse (the
 * findings are the same whatever their number).
 */
public record PassOptions(long maxBlobBytes, int checkpointEvery, PathScope scope, int threads) {
  /** The default size cap: 2 MiB. */
  public static final long DEFAULT_MAX_BLOB_BYTES = 2L * 1024 * 1024;

  public PassOptions {
    if (maxBlobBytes < 1) throw new IllegalArgumentException("maxBlobBytes < 1: " + maxBlobBytes);
    if (checkpointEvery < 1) {
      throw new IllegalArgumentException("checkpointEvery < 1: " + checkpointEvery);
    }
    if (threads < 1) throw new IllegalArgumentException("threads < 1: " + threads);
    scope = scope == null ? PathScope.ALL : scope;
  }

  /**
   * Returns the defaults: a 2 MiB cap, a checkpoint every 100 commits, the whole repository, a
   * worker thread per core.
   */
  public static PassOptions defaults() {
    return new PassOptions(DEFAULT_MAX_BLOB_BYTES, 100, PathScope.ALL,
        Runtime.getRuntime().availableProcessors());
  }

  /** Returns these options with another size cap. */
  public PassOptions withMaxBlobBytes(long bytes) {
    return new PassOptions(bytes, checkpointEvery, scope, threads);
  }

  /** Returns these options covering only {@code paths}. */
  public PassOptions withScope(PathScope paths) {
    return new PassOptions(maxBlobBytes, checkpointEvery, paths, threads);
  }

  /** Returns these options with another checkpoint interval. */
  public PassOptions withCheckpointEvery(int commits) {
    return new PassOptions(maxBlobBytes, commits, scope, threads);
  }

  /** Returns these options with {@code count} worker threads (1: everything on the caller's). */
  public PassOptions withThreads(int count) {
    return new PassOptions(maxBlobBytes, checkpointEvery, scope, count);
  }
}
