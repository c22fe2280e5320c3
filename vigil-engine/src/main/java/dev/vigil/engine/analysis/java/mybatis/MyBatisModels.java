package dev.vigil.engine.analysis.java.mybatis;

import com.github.javaparser.ast.CompilationUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The SQL-injection sinks a tree's MyBatis mappers make, as taint model rows: a mapper interface
 * method whose statement pastes a parameter in with {@code ${...}} (in its mapper XML file or
 * its {@code @Select}/{@code @Insert}/{@code @Update}/{@code @Delete} annotation) is a sink for
 * that argument. Follows a tree through a pass: files are put and removed, {@link #modelFile}
 * gives the rows of the tree as it now is. Not thread-safe.
 */
public final class MyBatisModels {
  private final Map<String, MapperXml> mappers = new HashMap<>();
  /** The interfaces each Java file declares, by binary name. */
  private final Map<String, Map<String, List<MapperMethod>>> interfaces = new HashMap<>();
  /** The map entries the {@code @Before} advice of each Java file's aspects overwrite. */
  private final Map<String, List<BeforeAdvice.Overwrite>> advice = new HashMap<>();
  /** The rows of each interface at the last {@link #changedInterfaceFiles} call. */
  private Map<String, Set<String>> reported = Map.of();

  /** Returns true for files that may be mapper XML files (the session reads them). */
  public static boolean reads(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  /**
   * Puts the version of an XML file; a file that is no mapper is ignored. Throws {@link
   * UnreadableMapperException} if it looks like a mapper but cannot be read (too large, not
   * well-formed); the file then counts as absent.
   */
  public void putXml(String path, byte[] content) {
    mappers.remove(path);
    if (!MapperXmlReader.looksLikeMapper(path, content)) return;
    MapperXml mapper = MapperXmlReader.read(path, content);
    if (mapper != null) mappers.put(path, mapper);
  }

  /** Puts the version of a Java file: the interfaces it declares may be mappers. */
  public void putJava(String path, CompilationUnit unit) {
    Map<String, List<MapperMethod>> declared = MapperInterfaces.of(unit);
    if (declared.isEmpty()) interfaces.remove(path); else interfaces.put(path, declared);
    List<BeforeAdvice.Overwrite> overwrites = BeforeAdvice.of(unit);
    if (overwrites.isEmpty()) advice.remove(path); else advice.put(path, overwrites);
  }

  /** Removes the file at {@code path}, of either kind. */
  public void remove(String path) {
    mappers.remove(path);
    interfaces.remove(path);
    advice.remove(path);
  }

  /** Returns the rows as a model file (a {@code sinks} section), or "" if the tree makes none. */
  public String modelFile() {
    StringBuilder yaml = new StringBuilder();
    rows().values().forEach(rows -> rows.forEach(row -> yaml.append(row).append('\n')));
    return yaml.isEmpty() ? "" : "sinks:\n" + yaml;
  }

  /**
   * Returns the Java files declaring an interface whose rows changed since the last call (the
   * files that call it must be analysed again), and remembers the rows as they now are.
   */
  public Set<String> changedInterfaceFiles() {
    Map<String, Set<String>> now = rows();
    Set<String> types = new HashSet<>(now.keySet());
    types.addAll(reported.keySet());
    types.removeIf(type -> now.getOrDefault(type, Set.of()).equals(reported.getOrDefault(type, Set.of())));
    reported = now;
    Set<String> files = new TreeSet<>();
    interfaces.forEach((path, declared) -> {
      if (declared.keySet().stream().anyMatch(types::contains)) files.add(path);
    });
    return files;
  }

  /** Returns the sink rows of the tree, by interface binary name, sorted. */
  private Map<String, Set<String>> rows() {
    Map<String, List<MapperMethod>> byType = new HashMap<>();
    interfaces.values().forEach(byType::putAll);
    Map<String, SqlPart> fragments = new HashMap<>();
    mappers.values().forEach(m -> m.fragments().forEach((id, f) -> fragments.put(m.namespace() + "." + id, f)));
    StatementRoots roots = new StatementRoots(fragments);
    Map<String, Set<String>> rows = new TreeMap<>();
    for (MapperXml mapper : mappers.values()) {
      String type = byType.containsKey(mapper.namespace()) ? mapper.namespace() : nested(mapper.namespace(), byType);
      if (type == null) continue;
      mapper.statements().forEach((id, statement) -> {
        Set<String> expressions = roots.expressions(statement, mapper.namespace());
        if (expressions.isEmpty()) return;
        Set<String> pasted = new LinkedHashSet<>();
        expressions.forEach(e -> pasted.add(DollarExpressions.root(e)));
        for (MapperMethod method : byType.get(type)) {
          if (method.name().equals(id)) {
            add(rows, type, method, pasted, exemptions(method, expressions), "mybatis " + mapper.path() + "#" + id);
          }
        }
      });
    }
    byType.forEach((type, methods) -> methods.forEach(method ->
        add(rows, type, method, method.annotatedRoots(), "", "mybatis annotation")));
    return rows;
  }

  /**
   * Returns the access-path suffix that exempts callers whose {@code @Before} advice overwrites
   * every pasted expression of the only (unnamed) parameter before they run, such as
   * {@code unless caller @Scope passes Parameter[0]}, or "" if no advice does.
   */
  private String exemptions(MapperMethod method, Set<String> expressions) {
    if (method.names().size() != 1 || method.aliases().get(0) != null) return "";
    Map<String, Set<String>> overwritten = new TreeMap<>();
    advice.values().forEach(list -> list.forEach(o -> overwritten
        .computeIfAbsent("@" + o.annotation() + " passes Parameter[" + o.parameter() + "]", k -> new TreeSet<>())
        .add(o.path())));
    List<String> exempt = overwritten.entrySet().stream()
        .filter(e -> e.getValue().containsAll(expressions)).map(Map.Entry::getKey).toList();
    return exempt.isEmpty() ? "" : " unless caller " + String.join(", ", exempt);
  }

  /** Returns the binary name of a nested interface a dotted namespace names, or null. */
  private static String nested(String namespace, Map<String, List<MapperMethod>> byType) {
    return byType.keySet().stream().filter(t -> t.replace('$', '.').equals(namespace)).findFirst().orElse(null);
  }

  private static void add(Map<String, Set<String>> rows, String type, MapperMethod method,
      Set<String> roots, String exemptions, String provenance) {
    int dot = type.lastIndexOf('.');
    String signature = "(" + String.join(",", Collections.nCopies(method.names().size(), "Object")) + ")";
    for (int argument : method.pastedArguments(roots)) {
      rows.computeIfAbsent(type, t -> new TreeSet<>()).add("  - [" + String.join(", ",
          quoted(dot < 0 ? "" : type.substring(0, dot)), quoted(type.substring(dot + 1)), "true",
          quoted(method.name()), quoted(signature), quoted("Argument[" + argument + "]" + exemptions),
          quoted("sql-injection"), quoted(provenance)) + "]");
    }
  }

  /** Returns text as a YAML double-quoted scalar; control characters are dropped. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == 0x7f) continue;
      if (c == '"' || c == '\\') out.append('\\');
      out.append(c);
    }
    return out.append('"').toString();
  }
}
