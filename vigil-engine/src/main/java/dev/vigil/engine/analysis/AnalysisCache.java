package dev.vigil.engine.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Content-addressed store of analysis results: the findings one analyzer version reported in one
 * blob. A blob is analysed once however many commits or paths carry it. The command line keeps it
 * in memory; the server persists it. Implementations must be thread-safe.
 */
public interface AnalysisCache {
  /** Returns the cached result for {@code key}, if any. */
  Optional<CachedAnalysis> get(Key key);

  /** Stores the result for {@code key}, replacing any earlier one. */
  void put(Key key, CachedAnalysis result);

  /** The identity of an analysis: which content, which analyzer, which version of it. */
  record Key(String blobId, String analyzerId, String analyzerVersion) {
    public Key {
      Objects.requireNonNull(blobId, "blobId == null");
      Objects.requireNonNull(analyzerId, "analyzerId == null");
      Objects.requireNonNull(analyzerVersion, "analyzerVersion == null");
    }
  }

  /**
   * What an analyzer made of a blob: its findings (at the path it was first seen at), or the error
   * it failed with. A failure is cached too, so a crashing analyzer is not re-run on every commit.
   */
  record CachedAnalysis(List<Finding> findings, String error) {
    public CachedAnalysis {
      findings = List.copyOf(findings);
    }

    /** Returns a successful result. */
    public static CachedAnalysis of(List<Finding> findings) {
      return new CachedAnalysis(findings, null);
    }

    /** Returns a failed result with the analyzer's error. */
    public static CachedAnalysis failed(String error) {
      return new CachedAnalysis(List.of(), error);
    }

    /** Returns true if the analyzer failed on the blob. */
    public boolean failed() {
      return error != null;
    }
  }
}
