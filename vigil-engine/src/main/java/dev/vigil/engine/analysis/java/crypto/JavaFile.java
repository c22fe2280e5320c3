package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import dev.vigil.engine.analysis.java.JavaSyntax;
import java.util.List;

/** A parsed Java compilation unit with its source lines, for checks and finding excerpts. */
final class JavaFile {
  private final CompilationUnit unit;
  private final List<String> lines;

  private JavaFile(CompilationUnit unit, List<String> lines) {
    this.unit = unit;
    this.lines = lines;
  }

  /**
   * Parses {@code text} ({@link JavaSyntax}); throws {@link UnanalysableJavaException} naming
   * {@code path} if it is not Java.
   */
  static JavaFile parse(String path, String text) {
    ParseResult<CompilationUnit> result = JavaSyntax.parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      String problem = result.getProblems().isEmpty() ? "no compilation unit"
          : result.getProblems().get(0).getVerboseMessage();
      throw new UnanalysableJavaException(path + ": not valid Java: " + firstLine(problem), null);
    }
    return new JavaFile(result.getResult().get(), text.lines().toList());
  }

  /** Returns the length of the source in characters, counting line ends as one. */
  int length() {
    return lines.stream().mapToInt(line -> line.length() + 1).sum();
  }

  /** Returns the compilation unit. */
  CompilationUnit unit() {
    return unit;
  }

  /** Returns all nodes of {@code type} in the file, in source order. */
  <T extends Node> List<T> all(Class<T> type) {
    return unit.findAll(type);
  }

  /** Returns the text of a 1-based line, or "" past the end. */
  String line(int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
