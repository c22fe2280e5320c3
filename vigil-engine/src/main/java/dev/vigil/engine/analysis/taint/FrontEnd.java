package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.syntax.Grammar;
import dev.vigil.engine.analysis.syntax.SyntaxTree;

/** A language's front end: lowers a syntax tree into the statements the taint core interprets. */
public interface FrontEnd {
  /** Returns true if the front end reads files of this grammar. */
  boolean reads(Grammar grammar);

  /** Returns the file lowered; constructs it does not know become {@link Expr.Other}. */
  SourceModule lower(SyntaxTree tree);
}
