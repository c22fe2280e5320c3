package dev.vigil.engine.analysis.deps;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/** Reads TOML files (poetry.lock, libs.versions.toml) into trees, with a clear error when malformed. */
final class TomlDocuments {
  private final TomlMapper toml = new TomlMapper();

  /** Returns the tree of {@code text}; throws {@link ManifestException} naming {@code kind} if malformed. */
  JsonNode read(String text, String kind) {
    try {
      JsonNode root = toml.readTree(text);
      if (root == null || !root.isObject()) throw new ManifestException(kind + " is not a TOML table", null);
      return root;
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new ManifestException(kind + " is not valid TOML" + where + ": " + e.getOriginalMessage(), e);
    }
  }
}
