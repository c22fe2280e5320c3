package dev.vigil.engine.analysis.java.taint;

import dev.vigil.engine.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of Java files analysed together, so that calls across files use the callee's summary.
 * Files that cannot be parsed are left out and listed by {@link #problems()}.
 */
public final class JavaProject {
  private final JavaTaintEngine engine;
  private final Map<String, ParsedJavaFile> files = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private JavaProject(JavaTaintEngine engine, Map<String, String> sources) {
    this.engine = engine;
    sources.forEach((path, text) -> {
      try {
        files.put(path, engine.parse(path, null, text));
      } catch (UnanalysableSourceException | AnalysisBudgetExceededException e) {
        problems.add(e.getMessage());
      }
    });
  }

  /** Returns the project of these files (path to source text) with the built-in engine. */
  public static JavaProject of(Map<String, String> sources) {
    return new JavaProject(JavaTaintEngine.builtIn(), sources);
  }

  /** Returns the project of these files analysed by {@code engine}. */
  public static JavaProject of(JavaTaintEngine engine, Map<String, String> sources) {
    return new JavaProject(engine, sources);
  }

  /** Returns every finding of the project. */
  public List<Finding> findings() {
    return engine.analyse(files.values(), files.keySet());
  }

  /** Returns the findings whose sink or flow is in {@code path}, with the whole project as context. */
  public List<Finding> findingsIn(String path) {
    return engine.analyse(files.values(), Set.of(path));
  }

  /** Returns the messages of the files that could not be parsed. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}
