package dev.vigil.engine.threatmodel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.RawText;

/** Decodes file bytes to text, recording binary or oversized files as skipped. */
final class FileText {
  private final List<String> skipped = new ArrayList<>();

  /** Returns the text of {@code bytes}, or empty (and a record) if they are binary. */
  Optional<String> decode(String path, byte[] bytes) {
    if (RawText.isBinary(bytes)) {
      skip(path, "binary content");
      return Optional.empty();
    }
    return Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Records that {@code path} was not read, and why. */
  void skip(String path, String reason) {
    skipped.add(path + ": " + reason);
  }

  /** Returns the records so far. */
  List<String> skipped() {
    return List.copyOf(skipped);
  }

  /** Returns the reason for a file over the size cap. */
  static String tooLarge(long size) {
    return "larger than the size cap (" + size + " bytes, cap " + SourceTree.MAX_FILE_BYTES + ")";
  }
}
