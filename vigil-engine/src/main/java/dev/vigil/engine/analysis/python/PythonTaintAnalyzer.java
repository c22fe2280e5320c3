package dev.vigil.engine.analysis.python;

import dev.vigil.engine.analysis.syntax.Grammar;
import dev.vigil.engine.analysis.taint.TaintAnalyzer;
import dev.vigil.engine.analysis.taint.TaintEngine;
import java.util.Set;

/**
 * The Python taint analyzer: Flask, Django and FastAPI request data (and command-line arguments)
 * reaching SQL, command, path, HTTP-client, HTML, redirect, eval, deserialization and template
 * sinks, with the models of {@code models/python/} and the rules of {@code rules/python/taint/}.
 */
public final class PythonTaintAnalyzer {
  /** The version of the Python models, rules and front end; part of the analysis cache key. */
  public static final String VERSION = "3";

  private PythonTaintAnalyzer() {}

  /** Returns the analyzer {@code python-taint} with the models and rules that ship with Vigil. */
  public static TaintAnalyzer withBuiltInModels() {
    return new TaintAnalyzer("python-taint", VERSION, Set.of(Grammar.PYTHON),
        engine());
  }

  /** Returns the Python taint engine with the models and rules that ship with Vigil. */
  public static TaintEngine engine() {
    return TaintEngine.builtIn("python", new PythonFrontEnd());
  }
}
