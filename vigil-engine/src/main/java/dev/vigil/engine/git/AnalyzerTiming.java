package dev.vigil.engine.git;

/**
 * Hears how long each analyzer worked during a pass: per file for per-file analyzers, per commit
 * (preparing and analysing its changes) for project analyzers. Called from worker threads, so an
 * implementation must be thread-safe; cache hits cost no analyzer time and are not reported.
 */
@FunctionalInterface
public interface AnalyzerTiming {
  /** Hears nothing. */
  AnalyzerTiming NONE = (analyzerId, nanos) -> {};

  /** Records that analyzer {@code analyzerId} worked for {@code nanos} nanoseconds. */
  void spent(String analyzerId, long nanos);
}
