package dev.vigil.engine.analysis.java.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles a case's files with the JDK's compiler before and after a patch and returns the errors
 * the patch adds. Corpus cases use libraries that are not on the class path (servlets, Spring), so
 * they never compile cleanly; what a patch must not do is add an error. Flow analysis runs despite
 * the missing libraries, so an unreported checked exception or an unassigned variable counts too.
 */
final class CompileComparison {
  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

  /**
   * Returns the kinds of error {@code after} has that {@code before} had not (file, message and
   * symbol, not line): one more use of a class that is missing already is not a new error.
   */
  List<String> addedErrors(Map<String, String> before, Map<String, String> after) {
    Map<String, Integer> was = errors(before);
    return errors(after).keySet().stream().filter(error -> !was.containsKey(error)).sorted().toList();
  }

  private Map<String, Integer> errors(Map<String, String> sources) {
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((path, text) -> {
      if (path.endsWith(".java")) units.add(new Source(path, text));
    });
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path out;
    try {
      out = Files.createTempDirectory("vigil-compile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      compiler.getTask(null, null, diagnostics, List.of("-proc:none", "-d", out.toString(), "-Xlint:none",
          "-XDshould-stop.ifError=FLOW", "-Xmaxerrs", "10000"), null, units).call();
    } finally {
      try (var files = Files.walk(out)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a leftover temp folder is harmless
      }
    }
    Map<String, Integer> errors = new HashMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) continue;
      String file = d.getSource() == null ? "" : d.getSource().getName();
      errors.merge(file + ": " + d.getMessage(Locale.ROOT).replaceAll("\\s+", " "), 1, Integer::sum);
    }
    return errors;
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
