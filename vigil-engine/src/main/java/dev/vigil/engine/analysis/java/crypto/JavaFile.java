package dev.vigil.engine.analysis.java.crypto;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
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
   * Parses {@code text}; throws {@link UnanalysableJavaException} naming {@code path} if it is not
   * Java. The parser accepts every syntax level without validating it (RAW): language-level
   * validation costs twice the parse on very long methods, and a scanner needs the tree, not a
   * verdict on which Java version the code targets.
   */
  static JavaFile parse(String path, String text) {
    JavaParser parser = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
        .setAttributeComments(false));
    ParseResult<CompilationUnit> result = parser.parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      String problem = result.getProblems().isEmpty() ? "no compilation unit"
          : result.getProblems().get(0).getVerboseMessage();
      throw new UnanalysableJavaException(path + ": not valid Java: " + firstLine(problem), null);
    }
    return new JavaFile(result.getResult().get(), text.lines().toList());
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
