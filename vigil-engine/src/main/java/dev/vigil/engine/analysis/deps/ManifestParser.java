package dev.vigil.engine.analysis.deps;

import java.util.List;

/** Reads the packages and versions one kind of manifest or lock file declares. */
interface ManifestParser {
  /** Returns true if this parser reads files called {@code fileName} (lower case). */
  boolean reads(String fileName);

  /** Returns true if the file records resolved versions (a lock file), not requested ones. */
  boolean lockFile();

  /** Returns the concrete versions the file declares; throws {@link ManifestException} if unreadable. */
  List<DeclaredDependency> parse(String text);
}
