package dev.vigil.engine.analysis.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses Java source for the Java analyzers and keeps the trees of the last few sources, so the
 * analyzers that read the same file version one after the other (taint, crypto) parse it once. Code is
 * parsed as Java 21 (so {@code yield} is a statement, {@code var} a type); code only older Java
 * accepts ({@code _} or {@code enum} as names) is parsed again without the language-level checks,
 * so old code is analysed too. Trees are shared and must be treated as read-only. Thread-safe.
 */
public final class JavaSyntax {
  private static final int KEPT = 4;
  /** Bigger sources are not kept: their trees would hold too much memory. */
  private static final int MAX_KEPT_CHARS = 256 * 1024;
  private static final Map<String, ParseResult<CompilationUnit>> RECENT =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParseResult<CompilationUnit>> eldest) {
          return size() > KEPT;
        }
      };

  /** Heap a parsed tree takes per character of source, four times over: room for the analyses. */
  private static final long HEAP_PER_CHAR = 400;

  private JavaSyntax() {}

  /**
   * Returns how many characters of Java source a pass may keep parsed at once: about a quarter of
   * the process's heap in trees. Past it, analyzers drop their trees.
   */
  public static long maxKeptChars() {
    return Runtime.getRuntime().maxMemory() / HEAP_PER_CHAR;
  }

  /** Returns the parse of {@code text}: its tree, or the problems that stopped the parser. */
  public static ParseResult<CompilationUnit> parse(String text) {
    synchronized (RECENT) {
      ParseResult<CompilationUnit> known = RECENT.get(text);
      if (known != null) return known;
    }
    ParseResult<CompilationUnit> result = parser(ParserConfiguration.LanguageLevel.JAVA_21).parse(text);
    if (!result.isSuccessful()) {
      ParseResult<CompilationUnit> lenient = parser(ParserConfiguration.LanguageLevel.RAW).parse(text);
      // The strict parse's problems say best what is wrong with code that is not Java at all.
      if (lenient.isSuccessful()) result = lenient;
    }
    if (text.length() <= MAX_KEPT_CHARS) {
      synchronized (RECENT) {
        RECENT.put(text, result);
      }
    }
    return result;
  }

  private static JavaParser parser(ParserConfiguration.LanguageLevel level) {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false));
  }
}
