package dev.vigil.engine.analysis.syntax;

import dev.vigil.engine.analysis.FileKind;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** The tree-sitter grammars Vigil parses with, and the file extensions each reads. */
public enum Grammar {
  PYTHON("Python", Set.of("py", "pyw"), TreeSitterPython::new),
  JAVASCRIPT("JavaScript", Set.of("js", "mjs", "cjs", "jsx"), TreeSitterJavascript::new),
  TYPESCRIPT("TypeScript", Set.of("ts", "mts", "cts"), TreeSitterTypescript::new),
  TSX("TSX", Set.of("tsx"), TreeSitterTsx::new);

  private final String label;
  private final Set<String> extensions;
  private final Supplier<TSLanguage> loader;
  private volatile TSLanguage language;

  Grammar(String label, Set<String> extensions, Supplier<TSLanguage> loader) {
    this.label = label;
    this.extensions = extensions;
    this.loader = loader;
  }

  /** Returns the grammar that reads the file at {@code path}, by its extension. */
  public static Optional<Grammar> forPath(String path) {
    String extension = FileKind.extension(path);
    for (Grammar grammar : values()) {
      if (grammar.extensions.contains(extension)) return Optional.of(grammar);
    }
    return Optional.empty();
  }

  /** Returns the language's name as people write it, e.g. {@code TypeScript}. */
  public String label() {
    return label;
  }

  /** Returns true if this grammar reads files with the extension of {@code path}. */
  public boolean reads(String path) {
    return extensions.contains(FileKind.extension(path));
  }

  /** Returns the native language, loaded once; the language is immutable and shared. */
  TSLanguage language() {
    TSLanguage loaded = language;
    if (loaded == null) {
      synchronized (this) {
        if (language == null) language = loader.get();
        loaded = language;
      }
    }
    return loaded;
  }
}
