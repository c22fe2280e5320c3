package dev.vigil.engine.validation.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Generates the harness's Java source from the template {@code validation/VigilHarness.java.txt}:
 * a main method that builds the entry point's object (collaborators as proxies), calls the entry
 * method with the marker in every untrusted value, and reports what happened. It needs only the
 * JDK; the project's classes are found by name at run time.
 */
final class HarnessSource {
  private static final String TEMPLATE = "validation/VigilHarness.java.txt";

  private HarnessSource() {}

  /** Returns the source calling {@code entry} with {@code marker}. */
  static String generate(EntryPoint entry, String marker) {
    return resource(TEMPLATE)
        .replace("@MARKER@", literal(marker))
        .replace("@TYPE@", literal(entry.type()))
        .replace("@METHOD@", literal(entry.method()))
        .replace("@PARAMETERS@", entry.parameters().stream().map(p -> "\"" + literal(p) + "\"")
            .collect(Collectors.joining(", ")));
  }

  /** Returns {@code text} escaped for the inside of a Java string literal. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }

  /** Returns the text of the class path resource {@code name} (a template of a generated program). */
  static String resource(String name) {
    try (InputStream in = HarnessSource.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
