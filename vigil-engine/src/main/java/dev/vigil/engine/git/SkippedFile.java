package dev.vigil.engine.git;

import java.util.Objects;

/** A file version the scan could not analyse, and why; reported, never silently dropped. */
public record SkippedFile(String path, String blobId, String commitSha, Reason reason, String detail) {
  /** Why a file version was not analysed. */
  public enum Reason {
    BINARY("binary content"),
    TOO_LARGE("larger than the size cap"),
    UNREADABLE("object missing or corrupt"),
    SYMLINK("symbolic link, not followed"),
    ANALYZER_ERROR("an analyzer failed on it"),
    IGNORED("listed in .vigilignore");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** Returns a short phrase for people. */
    public String description() {
      return description;
    }
  }

  public SkippedFile {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(reason, "reason == null");
    detail = detail == null ? "" : detail;
  }
}
