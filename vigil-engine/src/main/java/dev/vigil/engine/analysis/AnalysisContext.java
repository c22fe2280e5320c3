package dev.vigil.engine.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file version to analyse: its path, the id of its content (a Git blob id), and the content.
 *
 * <p>Results are cached by blob id, analyzer id and analyzer version, so an analyzer's findings
 * must depend only on the content and on the kind of file the path names; the engine moves them to
 * whatever path the same content appears at.
 */
public record AnalysisContext(String path, String blobId, byte[] content) {
  public AnalysisContext {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(blobId, "blobId == null");
    Objects.requireNonNull(content, "content == null");
  }

  /** Returns the content decoded as UTF-8 (malformed bytes become replacement characters). */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
