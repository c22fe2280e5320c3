package dev.vigil.engine.analysis.deps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test resources: OSV fixture records and sample manifests. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the folder of OSV fixture records on the test class path. */
  static Path osvFolder() {
    try {
      return Path.of(Fixtures.class.getClassLoader().getResource("osv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the advisory database of the OSV fixtures. */
  static AdvisoryDatabase database() {
    return AdvisoryDatabase.load(osvFolder());
  }

  /** Returns a test resource as text. */
  static String text(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException("no test resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
