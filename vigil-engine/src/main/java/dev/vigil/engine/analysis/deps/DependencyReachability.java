package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.FileKind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a tree's source code imports a dependency's namespace: Java and Kotlin
 * {@code import} statements for Maven packages, {@code require}/{@code import} specifiers for npm,
 * {@code import}/{@code from} for PyPI, and Go import paths. It needs the whole tree, which a
 * per-blob analyzer never sees, so it is a helper for the pass.
 *
 * <p>How the pass should use it: once per analysed tree (the newest commit's, and again when a
 * commit changes many sources), read the tree's {@code .java .kt .js .jsx .mjs .cjs .ts .tsx .py .go}
 * files into a path-to-text map, call {@link #of(Map, Map)}, then for each
 * {@code deps.vulnerable-dependency} finding call {@link #check(Ecosystem, String, List)} with the
 * matched {@link AffectedPackage}'s ecosystem, name and symbols, add
 * {@link Reachability#describe()} as evidence, and rank {@code NOT_IMPORTED} and
 * {@code AFFECTED_NOT_CALLED} lower.
 *
 * <p>Namespaces: Maven uses the groupId as a package prefix (a heuristic: {@code commons-io} or
 * {@code com.google.guava} need the mapping), npm the package name (and its sub-paths), PyPI the
 * normalised name with {@code -} as {@code _}, Go the module path. A mapping from package name to
 * namespaces overrides the heuristic.
 */
public final class DependencyReachability {
  private static final Pattern JAVA_IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
  private static final Pattern JS_IMPORT = Pattern.compile(
      "(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*|^\\s*import\\s+)['\"]([^'\"\\s]+)['\"]",
      Pattern.MULTILINE);
  private static final Pattern PYTHON_IMPORT = Pattern.compile(
      "^\\s*(?:from\\s+([\\w.]+)\\s+import|import\\s+([\\w.]+(?:\\s*,\\s*[\\w.]+)*))", Pattern.MULTILINE);
  private static final Pattern GO_IMPORT = Pattern.compile("\"([\\w.\\-~/]+)\"");
  private static final Set<String> JAVA = Set.of("java", "kt", "kts", "scala", "groovy");
  private static final Set<String> JS = Set.of("js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts");

  /** The first place each imported name appears, per ecosystem. */
  private final Map<Ecosystem, Map<String, Reachability>> imports = new HashMap<>();
  /** The sources of each ecosystem's languages, by path, to look for calls. */
  private final Map<Ecosystem, Map<String, String>> sources = new HashMap<>();
  private final Map<String, List<String>> mapping;

  private DependencyReachability(Map<String, List<String>> mapping) {
    this.mapping = Map.copyOf(mapping);
  }

  /** Returns true if {@code path} is a source file whose imports this index reads. */
  public static boolean readsSource(String path) {
    String extension = FileKind.extension(path);
    return JAVA.contains(extension) || JS.contains(extension) || extension.equals("py")
        || extension.equals("go");
  }

  /**
   * Returns the reachability index of the sources {@code sourcesByPath} (path to text), with
   * {@code mapping} from package name ({@code group:artifact}, npm, PyPI or Go name) to namespaces.
   */
  public static DependencyReachability of(Map<String, String> sourcesByPath,
      Map<String, List<String>> mapping) {
    DependencyReachability index = new DependencyReachability(mapping);
    sourcesByPath.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(source -> index.add(source.getKey(), source.getValue()));
    return index;
  }

  /** Returns whether the sources import package {@code name} of {@code ecosystem}. */
  public Reachability check(Ecosystem ecosystem, String name) {
    List<String> namespaces = mapping.getOrDefault(name, List.of(defaultNamespace(ecosystem, name)));
    Map<String, Reachability> seen = imports.get(ecosystem);
    if (seen == null) return new Reachability(Reachability.Status.UNKNOWN, namespaces.get(0), "", 0);
    for (String namespace : namespaces) {
      for (Map.Entry<String, Reachability> imported : seen.entrySet()) {
        if (within(imported.getKey(), namespace, ecosystem)) return imported.getValue();
      }
    }
    return new Reachability(Reachability.Status.NOT_IMPORTED, String.join(", ", namespaces), "", 0);
  }

  /**
   * Returns whether the sources import package {@code name} and call one of
   * {@code affectedSymbols} (as {@link AffectedPackage#symbols()} names them, e.g.
   * {@code golang.org/x/net/http2.Server.ServeConn}); a call is the symbol's last name followed by
   * {@code (} in a file of the package's language, a heuristic that ignores receivers.
   */
  public Reachability check(Ecosystem ecosystem, String name, List<String> affectedSymbols) {
    Reachability imported = check(ecosystem, name);
    if (imported.status() != Reachability.Status.IMPORTED || affectedSymbols.isEmpty()) return imported;
    for (String symbol : affectedSymbols) {
      String simple = symbol.substring(symbol.lastIndexOf('.') + 1);
      if (simple.isEmpty()) continue;
      Pattern call = Pattern.compile("\\b" + Pattern.quote(simple) + "\\s*\\(");
      for (Map.Entry<String, String> source : sources.getOrDefault(ecosystem, Map.of()).entrySet()) {
        Matcher m = call.matcher(source.getValue());
        if (m.find()) {
          int line = (int) source.getValue().substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
          return new Reachability(Reachability.Status.AFFECTED_CALLED, symbol, source.getKey(), line);
        }
      }
    }
    return new Reachability(Reachability.Status.AFFECTED_NOT_CALLED, String.join(", ", affectedSymbols),
        imported.path(), imported.line());
  }

  private void add(String path, String text) {
    String extension = FileKind.extension(path);
    if (JAVA.contains(extension)) collect(Ecosystem.MAVEN, path, text, JAVA_IMPORT);
    else if (JS.contains(extension)) collect(Ecosystem.NPM, path, text, JS_IMPORT);
    else if (extension.equals("py")) collect(Ecosystem.PYPI, path, text, PYTHON_IMPORT);
    else if (extension.equals("go")) collect(Ecosystem.GO, path, text, GO_IMPORT);
  }

  private void collect(Ecosystem ecosystem, String path, String text, Pattern pattern) {
    sources.computeIfAbsent(ecosystem, e -> new java.util.TreeMap<>()).put(path, text);
    Map<String, Reachability> seen = imports.computeIfAbsent(ecosystem, e -> new HashMap<>());
    Matcher m = pattern.matcher(text);
    int offset = 0;
    int line = 1;
    while (m.find()) {
      String found = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
      int at = m.start(1) >= 0 ? m.start(1) : m.start();
      for (; offset < at; offset++) if (text.charAt(offset) == '\n') line++;
      for (String name : found.split("\\s*,\\s*")) {
        seen.putIfAbsent(name, new Reachability(Reachability.Status.IMPORTED, name, path, line));
      }
    }
  }

  private static boolean within(String imported, String namespace, Ecosystem ecosystem) {
    if (imported.equals(namespace)) return true;
    char separator = ecosystem == Ecosystem.NPM || ecosystem == Ecosystem.GO ? '/' : '.';
    return imported.startsWith(namespace + separator);
  }

  private static String defaultNamespace(Ecosystem ecosystem, String name) {
    return switch (ecosystem) {
      case MAVEN -> name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
      case PYPI -> name.toLowerCase(Locale.ROOT).replaceAll("[-.]+", "_");
      case NPM, GO -> name;
    };
  }
}
