package dev.vigil.engine.analysis.deps;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a pom's dependency versions as Maven would with the poms of one tree: properties and
 * {@code dependencyManagement} inherited from parents (found at {@code relativePath}, by default
 * {@code ../pom.xml}, when its coordinates match, else by {@code groupId:artifactId} among the
 * tree's poms), and management imported from BOMs ({@code <type>pom</type><scope>import</scope>})
 * that are in the tree. A child's own properties and management win over its parents'; explicit
 * management wins over imports; the first import that manages a package wins.
 *
 * <p>Parents that form a cycle, BOM imports that form one, and chains deeper than {@link
 * #MAX_DEPTH} are {@link ManifestException}s: Maven refuses such builds. A parent or BOM that is
 * not in the tree contributes nothing; what the pom resolves without it is still reported.
 *
 * <p>Every lookup is recorded in {@link #consulted()}, so a session knows which changes can change
 * the result: {@code path:<path>} for a file looked at, {@code coords:<groupId:artifactId>} for a
 * search by coordinates. One instance per pom resolved.
 */
final class PomInheritance {
  /** The most parents, and the deepest nesting of BOM imports, one pom may have. */
  static final int MAX_DEPTH = 16;

  /** The poms of a tree. */
  interface Tree {
    /** A tree without poms: a pom is read alone. */
    Tree NONE = new Tree() {
      @Override
      public MavenPom pom(String path) {
        return null;
      }

      @Override
      public List<String> pomsWith(String key) {
        return List.of();
      }
    };

    /** Returns the pom at {@code path}, or null if there is none that could be read. */
    MavenPom pom(String path);

    /** Returns the paths of the poms whose {@code groupId:artifactId} is {@code key}, sorted. */
    List<String> pomsWith(String key);

    /** Returns the text of line {@code number} of the pom at {@code path}, stripped, or "". */
    default String line(String path, int number) {
      return "";
    }
  }

  private final Tree tree;
  private final Set<String> consulted = new LinkedHashSet<>();
  private final Map<String, Map<String, Managed>> imported = new HashMap<>();

  PomInheritance(Tree tree) {
    this.tree = tree;
  }

  /** Returns the keys of every file and coordinate search the resolutions so far looked at. */
  Set<String> consulted() {
    return consulted;
  }

  /**
   * Returns the dependencies of {@code pom} (at {@code path}) that have a version or a version
   * range (not pinned, see {@link MavenVersionRange}): its own entries with their versions interpolated, and entries without a version that a parent or a BOM
   * manages. An entry managed in the same file is reported once, at the managing entry.
   */
  List<DeclaredDependency> dependencies(String path, MavenPom pom) {
    consulted.add("path:" + path);
    Deque<String> importing = new ArrayDeque<>(List.of(path));
    List<Origin> chain = chain(path, pom);
    Map<String, Value> properties = properties(chain);
    Map<String, String> values = values(properties);
    Map<String, Managed> managed = null;
    List<DeclaredDependency> dependencies = new ArrayList<>();
    for (MavenPom.Entry entry : pom.entries()) {
      String key = key(entry, values);
      if (key == null) continue;
      if (entry.version() != null) {
        String version = MavenPomParser.interpolate(entry.version(), values);
        if (!declared(version)) continue;
        dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, key, version, entry.versionLine(),
            !MavenVersionRange.isRange(version), propertyOrigin(entry.version(), properties, path, version)));
      } else if (!entry.managed()) {
        if (managed == null) managed = management(chain, values, importing);
        Managed from = managed.get(key);
        if (from == null || from.path().equals(path)) continue;
        dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, key, from.version(), entry.line(),
            !MavenVersionRange.isRange(from.version()), new EvidenceStep(Location.line(from.path(), from.line()),
                tree.line(from.path(), from.line()), from.how() + " manages " + key + " at " + from.version())));
      }
    }
    return dependencies;
  }

  /** Returns the pom and its parents found in the tree, the pom first. */
  private List<Origin> chain(String path, MavenPom pom) {
    List<Origin> chain = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    String at = path;
    MavenPom current = pom;
    while (current != null) {
      if (seen.contains(at)) {
        seen.add(at);
        throw new ManifestException("pom.xml parents form a cycle: " + String.join(" -> ", seen)
            + "; Maven refuses such a build, so its versions are not resolved", null);
      }
      if (seen.size() >= MAX_DEPTH) {
        throw new ManifestException("pom.xml has more than " + MAX_DEPTH
            + " parents in the repository; refused as hostile", null);
      }
      seen.add(at);
      chain.add(new Origin(at, current));
      at = parentOf(at, current);
      current = at == null ? null : tree.pom(at);
    }
    return chain;
  }

  /** Returns the path of the parent of {@code pom} in the tree, or null if it is not there. */
  private String parentOf(String path, MavenPom pom) {
    MavenPom.Parent parent = pom.parent();
    if (parent == null || parent.key() == null) return null;
    String relative = parent.relativePath() == null ? "../pom.xml" : parent.relativePath();
    if (!relative.isBlank()) {
      String candidate = resolve(path, relative.strip());
      if (candidate != null) {
        consulted.add("path:" + candidate);
        MavenPom found = tree.pom(candidate);
        if (found != null && parent.key().equals(found.key())
            && sameVersion(found.version(), parent.version())) {
          return candidate;
        }
      }
    }
    return find(parent.key(), parent.version());
  }

  /** Returns the first pom in the tree with coordinates {@code key} and a matching version. */
  private String find(String key, String version) {
    consulted.add("coords:" + key);
    for (String candidate : tree.pomsWith(key)) {
      MavenPom found = tree.pom(candidate);
      if (found != null && sameVersion(found.version(), version)) return candidate;
    }
    return null;
  }

  /** Returns the properties of a chain: the pom's own win over its parents'. */
  private static Map<String, Value> properties(List<Origin> chain) {
    Map<String, Value> properties = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Origin origin = chain.get(i);
      origin.pom().properties().forEach((name, property) ->
          properties.put(name, new Value(property.value(), origin.path(), property.line())));
    }
    return properties;
  }

  private static Map<String, String> values(Map<String, Value> properties) {
    Map<String, String> values = new HashMap<>();
    properties.forEach((name, value) -> values.put(name, value.text()));
    return values;
  }

  /**
   * Returns the managed versions of a chain: explicit entries (the pom's first, then its
   * parents'), then what the imported BOMs manage, in import order. {@code importing} holds the
   * poms whose imports are being resolved, to find import cycles.
   */
  private Map<String, Managed> management(List<Origin> chain, Map<String, String> values,
      Deque<String> importing) {
    Map<String, Managed> managed = new LinkedHashMap<>();
    List<MavenPom.Entry> imports = new ArrayList<>();
    for (Origin origin : chain) {
      for (MavenPom.Entry entry : origin.pom().entries()) {
        if (!entry.managed() || entry.version() == null) continue;
        if (entry.isImport()) {
          imports.add(entry);
          continue;
        }
        String key = key(entry, values);
        String version = MavenPomParser.interpolate(entry.version(), values);
        if (key != null && declared(version)) {
          managed.putIfAbsent(key, new Managed(version, origin.path(), entry.versionLine(),
              origin == chain.get(0) ? "this pom" : "parent " + origin.path()));
        }
      }
    }
    for (MavenPom.Entry entry : imports) {
      String key = key(entry, values);
      String version = MavenPomParser.interpolate(entry.version(), values);
      if (key == null || version == null) continue;
      String bom = find(key, version);
      if (bom == null) continue;
      imported(bom, importing).forEach(managed::putIfAbsent);
    }
    return managed;
  }

  /** Returns what the BOM at {@code path} manages, with its own parents and imports. */
  private Map<String, Managed> imported(String path, Deque<String> importing) {
    if (importing.contains(path)) {
      List<String> cycle = new ArrayList<>(importing);
      cycle.add(path);
      throw new ManifestException("pom.xml BOM imports form a cycle: " + String.join(" imports ", cycle)
          + "; Maven refuses such a build, so its versions are not resolved", null);
    }
    if (importing.size() > MAX_DEPTH) {
      throw new ManifestException("pom.xml nests BOM imports more than " + MAX_DEPTH
          + " deep; refused as hostile", null);
    }
    Map<String, Managed> known = imported.get(path);
    if (known != null) return known;
    importing.addLast(path);
    List<Origin> chain = chain(path, tree.pom(path));
    Map<String, Managed> managed = new LinkedHashMap<>();
    management(chain, values(properties(chain)), importing).forEach((key, entry) ->
        managed.put(key, new Managed(entry.version(), entry.path(), entry.line(),
            "BOM " + entry.path())));
    importing.removeLast();
    imported.put(path, managed);
    return managed;
  }

  /**
   * Returns where the version comes from when a property set in another file gives it, or null.
   */
  private EvidenceStep propertyOrigin(String raw, Map<String, Value> properties, String path,
      String version) {
    for (String name : MavenPomParser.propertiesIn(raw)) {
      Value value = properties.get(name);
      if (value != null && !value.path().equals(path)) {
        return new EvidenceStep(Location.line(value.path(), value.line()),
            tree.line(value.path(), value.line()),
            "parent " + value.path() + " sets ${" + name + "}, giving version " + version);
      }
    }
    return null;
  }

  private static String key(MavenPom.Entry entry, Map<String, String> values) {
    if (entry.groupId() == null || entry.artifactId() == null) return null;
    String group = MavenPomParser.interpolate(entry.groupId(), values);
    String artifact = MavenPomParser.interpolate(entry.artifactId(), values);
    return group == null || artifact == null ? null : group + ":" + artifact;
  }

  /** Returns true if {@code version} is a version or a range (ranges are not pinned). */
  private static boolean declared(String version) {
    return version != null && !version.isBlank();
  }

  /** Returns true unless both versions are literal and differ. */
  private static boolean sameVersion(String found, String wanted) {
    return found == null || wanted == null || found.contains("${") || wanted.contains("${")
        || found.equals(wanted);
  }

  /** Returns {@code relative} resolved against the folder of {@code path}, or null if outside. */
  static String resolve(String path, String relative) {
    if (relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) return null;
    Deque<String> parts = new ArrayDeque<>();
    int slash = path.lastIndexOf('/');
    if (slash > 0) parts.addAll(List.of(path.substring(0, slash).split("/")));
    for (String part : relative.split("/")) {
      if (part.isEmpty() || part.equals(".")) continue;
      if (part.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    if (!joined.endsWith(".xml")) joined = joined.isEmpty() ? "pom.xml" : joined + "/pom.xml";
    return joined;
  }

  /** A pom of a chain and where it is. */
  private record Origin(String path, MavenPom pom) {}

  /** A property value and where it is set. */
  private record Value(String text, String path, int line) {}

  /** A managed version, where it is set, and how the pom gets it ("parent x", "BOM y"). */
  private record Managed(String version, String path, int line, String how) {}
}
