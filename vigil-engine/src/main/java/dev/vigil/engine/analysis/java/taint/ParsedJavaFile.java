package dev.vigil.engine.analysis.java.taint;

import java.util.Objects;

/**
 * A Java file parsed for the taint analysis. It depends only on its content, so a caller may keep
 * it by blob id and hand it to later analyses of other commits whose tree holds the same blob.
 */
public final class ParsedJavaFile {
  private final JavaSource source;

  ParsedJavaFile(JavaSource source) {
    this.source = Objects.requireNonNull(source, "source == null");
  }

  /** Returns the path the file was parsed at. */
  public String path() {
    return source.path();
  }

  /** Returns the id of the parsed content (a Git blob id), or null if none was given. */
  public String blobId() {
    return source.blobId();
  }

  JavaSource source() {
    return source;
  }
}
