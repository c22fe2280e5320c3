package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.syntax.Grammar;
import dev.vigil.engine.analysis.syntax.SyntaxTree;
import java.util.List;

/** A language's front end: lowers a syntax tree into the statements the taint core interprets. */
public interface FrontEnd {
  /** Returns true if the front end reads files of this grammar. */
  boolean reads(Grammar grammar);

  /** Returns the file lowered; constructs it does not know become {@link Expr.Other}. */
  SourceModule lower(SyntaxTree tree);

  /**
   * Returns the paths (relative to the tree's root) that an import of {@code module} from the file
   * at {@code from} may name, most likely first; a path may also match as the tail of a longer
   * one ({@code app/db.py} for {@code src/app/db.py}). Empty for a package from a registry.
   */
  List<String> modulePaths(String from, String module);
}
