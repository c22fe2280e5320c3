package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.FileKind;
import java.util.List;
import java.util.Locale;

/** The manifest and lock file kinds Vigil reads, and which parser reads a path. */
final class Manifests {
  private final List<ManifestParser> parsers = List.of(new MavenPomParser(), new GradleBuildParser(),
      new GradleVersionCatalogParser(), new GradleLockfileParser(), new NpmPackageLockParser(),
      new YarnLockParser(), new PipRequirementsParser(), new PoetryLockParser(), new GoModParser());

  /** Returns the parser for the file at {@code path}, or null if none reads it. */
  ManifestParser parserFor(String path) {
    if (path.contains("node_modules/")) return null;
    String name = FileKind.fileName(path).toLowerCase(Locale.ROOT);
    return parsers.stream().filter(parser -> parser.reads(name)).findFirst().orElse(null);
  }
}
