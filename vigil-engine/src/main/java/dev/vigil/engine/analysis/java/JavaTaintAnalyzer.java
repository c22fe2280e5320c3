package dev.vigil.engine.analysis.java;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.AnalysisCache;
import dev.vigil.engine.analysis.FileKind;
import dev.vigil.engine.analysis.ProjectAnalyzer;
import dev.vigil.engine.analysis.ProjectSession;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.java.mybatis.MyBatisModels;
import dev.vigil.engine.analysis.java.taint.JavaTaintEngine;
import dev.vigil.engine.analysis.java.taint.ParsedJavaFile;
import java.util.List;
import java.util.Set;

/**
 * Finds injection flows in Java files: untrusted input (servlet requests, Spring and JAX-RS
 * parameters, command-line arguments, sockets) reaching SQL, command, path, LDAP, XPath, HTML,
 * session, URL, redirect, XML, deserialization, log and header sinks. Passes over whole trees
 * analyse the project together through {@link #openSession}, so flows across files are found at
 * every commit; {@link #analyze} analyses one file alone, with the summaries of its own methods.
 *
 * <p>A file that does not parse, nests too deeply or outlasts the time budget throws with a
 * message naming the file and the reason; the engine records it as not analysed.
 */
public final class JavaTaintAnalyzer implements ProjectAnalyzer {
  /** The version of the models, rules and logic; part of the analysis cache key. */
  public static final String VERSION = "10";

  private final JavaTaintEngine engine;

  /** Creates the analyzer over an engine. */
  public JavaTaintAnalyzer(JavaTaintEngine engine) {
    this.engine = engine;
  }

  /** Returns the analyzer with the models and rules that ship with Vigil. */
  public static JavaTaintAnalyzer withBuiltInModels() {
    return new JavaTaintAnalyzer(JavaTaintEngine.builtIn());
  }

  @Override
  public String id() {
    return "java-taint";
  }

  @Override
  public String version() {
    return VERSION;
  }

  /**
   * Returns true for Java files and XML files (MyBatis mappers, whose {@code ${...}} make sinks of
   * mapper methods) outside test source trees: the analysis drops every flow with a step in test
   * code, so reading tests cost half the time of a typical history (they are half the code of
   * many projects) and changed no finding.
   */
  @Override
  public boolean reads(String path) {
    return (isJava(path) || MyBatisModels.reads(path)) && !FileKind.isInTestSourceTree(path);
  }

  private static boolean isJava(String path) {
    return FileKind.extension(path).equals("java");
  }

  /** Returns the findings of a Java file alone; a mapper XML file alone has none. */
  @Override
  public List<Finding> analyze(AnalysisContext context) {
    if (!isJava(context.path())) return List.of();
    ParsedJavaFile file = engine.parse(context.path(), context.blobId(), context.text());
    return engine.analyse(List.of(file), Set.of(context.path()));
  }

  /** Parses {@code file} into the trees {@link JavaSyntax} shares, ready for the session's put. */
  @Override
  public void prepare(AnalysisContext file) {
    if (isJava(file.path())) JavaSyntax.parse(file.text());
  }

  @Override
  public ProjectSession openSession(AnalysisCache cache) {
    return engine.openSession();
  }

  @Override
  public List<RuleInfo> rules() {
    return engine.rules();
  }
}
