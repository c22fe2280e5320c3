package dev.vigil.engine.git;

/** The bytes of a file version, or the reason they cannot be analysed. */
record BlobContent(byte[] bytes, SkippedFile.Reason skipReason, String detail) {
  static BlobContent of(byte[] bytes) {
    return new BlobContent(bytes, null, null);
  }

  static BlobContent skipped(SkippedFile.Reason reason, String detail) {
    return new BlobContent(null, reason, detail);
  }

  boolean isSkipped() {
    return skipReason != null;
  }
}
