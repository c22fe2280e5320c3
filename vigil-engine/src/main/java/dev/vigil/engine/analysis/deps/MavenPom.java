package dev.vigil.engine.analysis.deps;

import java.util.List;
import java.util.Map;

/**
 * What one {@code pom.xml} says, before inheritance and interpolation: its coordinates, its
 * parent reference, its properties and its dependency entries (in {@code dependencies}, {@code
 * dependencyManagement} and profiles; plugin dependencies are left out).
 *
 * @param groupId the group id, or the parent's when the pom has none; null if neither is given
 * @param artifactId the artifact id, or null
 * @param version the version, or the parent's when the pom has none; null if neither is given
 * @param parent the parent reference, or null
 * @param properties the {@code properties} and the {@code project.*} values, by name
 * @param entries the dependency entries in document order
 */
record MavenPom(String groupId, String artifactId, String version, Parent parent,
    Map<String, Property> properties, List<Entry> entries) {

  MavenPom {
    properties = Map.copyOf(properties);
    entries = List.copyOf(entries);
  }

  /** Returns {@code groupId:artifactId}, or null if either is missing. */
  String key() {
    return groupId == null || artifactId == null ? null : groupId + ":" + artifactId;
  }

  /**
   * A {@code parent} element.
   *
   * @param relativePath the {@code relativePath} as written; null when absent (Maven's default is
   *     {@code ../pom.xml}), empty when the pom says not to look in the file system
   */
  record Parent(String groupId, String artifactId, String version, String relativePath) {
    /** Returns {@code groupId:artifactId}, or null if either is missing. */
    String key() {
      return groupId == null || artifactId == null ? null : groupId + ":" + artifactId;
    }
  }

  /** A property value and the 1-based line that sets it. */
  record Property(String value, int line) {}

  /**
   * A {@code dependency} element as written.
   *
   * @param managed true inside {@code dependencyManagement}
   * @param line the line that names the artifact
   * @param versionLine the line of the {@code version} element, or {@code line} without one
   */
  record Entry(String groupId, String artifactId, String version, String type, String scope,
      boolean managed, int line, int versionLine) {
    /** Returns true for a BOM import: {@code <type>pom</type><scope>import</scope>} in management. */
    boolean isImport() {
      return managed && "import".equals(scope) && "pom".equals(type);
    }
  }
}
