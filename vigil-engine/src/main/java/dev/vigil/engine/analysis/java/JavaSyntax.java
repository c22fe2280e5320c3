package dev.vigil.engine.analysis.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Parses Java source for the Java analyzers and keeps the trees of the sources parsed last, so the
 * analyzers that read the same file version (taint, crypto) parse it once, and a pass can parse
 * ahead on other cores ({@link dev.vigil.engine.analysis.ProjectAnalyzer#prepare}). A source being
 * parsed is parsed once: a second caller waits for the first one's tree. Code is parsed as Java 21
 * (so {@code yield} is a statement, {@code var} a type); code only older Java accepts ({@code _} or
 * {@code enum} as names) is parsed again without the language-level checks, so old code is
 * analysed too. Trees are shared and must be treated as read-only. Thread-safe.
 */
public final class JavaSyntax {
  /** Bigger sources are not kept: their trees would hold too much memory. */
  private static final int MAX_KEPT_CHARS = 256 * 1024;
  /** Heap a parsed tree takes per character of source, four times over: room for the analyses. */
  private static final long HEAP_PER_CHAR = 400;
  /** The most source kept parsed here, in characters: about 5% of the heap in trees. */
  private static final long RECENT_CHARS = Math.max(MAX_KEPT_CHARS,
      Runtime.getRuntime().maxMemory() / (HEAP_PER_CHAR * 5));
  /** The parses of the sources seen last, least recently used first; null while being parsed. */
  private static final Map<String, CompletableFuture<ParseResult<CompilationUnit>>> RECENT =
      new LinkedHashMap<>(16, 0.75f, true);
  private static long recentChars;

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
    CompletableFuture<ParseResult<CompilationUnit>> known;
    CompletableFuture<ParseResult<CompilationUnit>> mine = null;
    synchronized (RECENT) {
      known = RECENT.get(text);
      if (known == null && text.length() <= MAX_KEPT_CHARS) {
        mine = new CompletableFuture<>();
        RECENT.put(text, mine);
        recentChars += text.length();
        evictPastBudget();
      }
    }
    if (known != null) {
      // A parse that failed on another thread (its stack, say) completes with null: parse here.
      ParseResult<CompilationUnit> result = known.join();
      return result != null ? result : parseNow(text);
    }
    try {
      ParseResult<CompilationUnit> result = parseNow(text);
      if (mine != null) mine.complete(result);
      return result;
    } catch (RuntimeException | Error e) {
      if (mine != null) {
        forget(text, mine);
        mine.complete(null);
      }
      throw e;
    }
  }

  private static ParseResult<CompilationUnit> parseNow(String text) {
    ParseResult<CompilationUnit> result = parser(ParserConfiguration.LanguageLevel.JAVA_21).parse(text);
    if (!result.isSuccessful()) {
      ParseResult<CompilationUnit> lenient = parser(ParserConfiguration.LanguageLevel.RAW).parse(text);
      // The strict parse's problems say best what is wrong with code that is not Java at all.
      if (lenient.isSuccessful()) result = lenient;
    }
    return result;
  }

  /** Drops the least recently used parses until the kept source fits the budget (or one is left). */
  private static void evictPastBudget() {
    Iterator<Map.Entry<String, CompletableFuture<ParseResult<CompilationUnit>>>> eldest =
        RECENT.entrySet().iterator();
    while (recentChars > RECENT_CHARS && RECENT.size() > 1 && eldest.hasNext()) {
      recentChars -= eldest.next().getKey().length();
      eldest.remove();
    }
  }

  private static void forget(String text, CompletableFuture<ParseResult<CompilationUnit>> parse) {
    synchronized (RECENT) {
      if (RECENT.get(text) == parse) {
        RECENT.remove(text);
        recentChars -= text.length();
      }
    }
  }

  private static JavaParser parser(ParserConfiguration.LanguageLevel level) {
    return new JavaParser(new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false));
  }
}
