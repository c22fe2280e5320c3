package dev.vigil.engine.analysis.javascript;

import dev.vigil.engine.analysis.syntax.Grammar;
import dev.vigil.engine.analysis.taint.TaintAnalyzer;
import dev.vigil.engine.analysis.taint.TaintEngine;
import java.util.Set;

/**
 * The JavaScript and TypeScript taint analyzer: Express, Koa and Fastify request data (and
 * command-line arguments) reaching SQL, command, path, HTTP-client, HTML, redirect, eval and
 * deserialization sinks, with the models of {@code models/javascript/} and the rules of
 * {@code rules/javascript/taint/}.
 */
public final class JavaScriptTaintAnalyzer {
  /** The version of the JavaScript models, rules and front end; part of the analysis cache key. */
  public static final String VERSION = "3";

  private JavaScriptTaintAnalyzer() {}

  /** Returns the analyzer {@code javascript-taint} with the models and rules that ship with Vigil. */
  public static TaintAnalyzer withBuiltInModels() {
    return new TaintAnalyzer("javascript-taint", VERSION,
        Set.of(Grammar.JAVASCRIPT, Grammar.TYPESCRIPT, Grammar.TSX),
        engine());
  }

  /** Returns the JavaScript/TypeScript taint engine with the models and rules that ship with Vigil. */
  public static TaintEngine engine() {
    return TaintEngine.builtIn("javascript", new JavaScriptFrontEnd());
  }
}
