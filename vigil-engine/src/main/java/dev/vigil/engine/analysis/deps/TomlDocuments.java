package dev.vigil.engine.analysis.deps;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * Reads TOML files (poetry.lock, libs.versions.toml) into trees, with a clear error when
 * malformed. The TOML parser recurses per nested array or inline table, so nesting is checked
 * first and anything deeper than {@link #MAX_DEPTH} is refused rather than left to overflow the stack.
 */
final class TomlDocuments {
  static final int MAX_DEPTH = 64;

  private final TomlMapper toml = new TomlMapper();

  /** Returns the tree of {@code text}; throws {@link ManifestException} naming {@code kind} if malformed. */
  JsonNode read(String text, String kind) {
    if (nesting(text) > MAX_DEPTH) {
      throw new ManifestException(kind + " nests arrays or inline tables more than " + MAX_DEPTH
          + " deep; refused as hostile", null);
    }
    try {
      JsonNode root = toml.readTree(text);
      if (root == null || !root.isObject()) throw new ManifestException(kind + " is not a TOML table", null);
      return root;
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new ManifestException(kind + " is not valid TOML" + where + ": " + e.getOriginalMessage(), e);
    } catch (StackOverflowError e) {
      throw new ManifestException(kind + " is nested too deeply to parse", null);
    }
  }

  /** Returns the deepest nesting of brackets and braces outside strings and comments. */
  static int nesting(String text) {
    int depth = 0;
    int deepest = 0;
    char quote = 0;
    boolean comment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (comment) {
        comment = c != '\n';
      } else if (quote != 0) {
        if (c == '\\' && quote == '"') i++;
        else if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        comment = true;
      } else if (c == '[' || c == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return deepest;
  }
}
