package dev.vigil.engine.analysis.java.taint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads text resources and resource index files from the class path. */
final class ClassPathText {
  private ClassPathText() {}

  /** Returns the file names an index resource lists (blank lines and {@code #} comments ignored). */
  static List<String> indexEntries(String index) {
    return read(index).lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** Returns a resource as UTF-8 text; throws naming it if it is missing. */
  static String read(String resource) {
    try (InputStream in = ClassPathText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException(resource + ": not found on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot be read", e);
    }
  }
}
