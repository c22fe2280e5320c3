package dev.vigil.engine.analysis.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the sample file beside a rule from the test class path. */
final class SecretSamples {
  private SecretSamples() {}

  /** Returns the text of {@code rules/secrets/<ruleId>.sample}, or null if there is none. */
  static String of(String ruleId) {
    String resource = "rules/secrets/" + ruleId + ".sample";
    try (InputStream in = SecretSamples.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
