package dev.vigil.engine.analysis.deps;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Maven {@code pom.xml}: dependencies with explicit versions in {@code dependencies},
 * {@code dependencyManagement} and profiles, with {@code ${property}} versions resolved from the
 * file's own {@code properties}, {@code project.version} and {@code project.parent.version}.
 *
 * <p>The XML reader refuses any DTD: a {@code DOCTYPE} (the carrier of entity bombs and XXE) is a
 * {@link ManifestException}, not a parse. {@link #parse} reads a blob alone, so versions inherited
 * from a parent pom or imported from a BOM are unknown there; the project session resolves those
 * with the tree's other poms ({@link PomInheritance}). Version ranges are declared as not pinned
 * ({@link MavenVersionRange}); properties that cannot be resolved are not reported.
 */
final class MavenPomParser implements ManifestParser {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final int MAX_PROPERTY_DEPTH = 10;
  private static final Set<String> PROJECT_FIELDS = Set.of("project/groupId", "project/artifactId",
      "project/version", "project/parent/groupId", "project/parent/artifactId",
      "project/parent/version", "project/parent/relativePath");

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("pom.xml");
  }

  @Override
  public boolean lockFile() {
    return false;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    return new PomInheritance(PomInheritance.Tree.NONE).dependencies("pom.xml", read(text));
  }

  /**
   * Returns what the pom says before inheritance and interpolation; throws {@link
   * ManifestException} if it is not well-formed, declares a DOCTYPE or has too many dependencies.
   */
  MavenPom read(String text) {
    Map<String, MavenPom.Property> properties = new HashMap<>();
    Map<String, String> project = new HashMap<>();
    List<MavenPom.Entry> entries = new ArrayList<>();
    try {
      XMLStreamReader xml = factory().createXMLStreamReader(new StringReader(text));
      Deque<String> path = new ArrayDeque<>();
      RawDependency current = null;
      StringBuilder value = new StringBuilder();
      int valueLine = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw new ManifestException("pom.xml declares a DOCTYPE;"
              + " Vigil does not read DTDs (entity expansion and external entities are unsafe)", null);
          case XMLStreamConstants.START_ELEMENT -> {
            path.addLast(xml.getLocalName());
            value.setLength(0);
            valueLine = xml.getLocation().getLineNumber();
            if (isDependency(path)) {
              current = new RawDependency(valueLine, path.contains("dependencyManagement"));
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (value.length() < 4096) value.append(xml.getText());
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String content = value.toString().strip();
            String where = String.join("/", path);
            if (current != null && path.size() >= 2 && isDependency(parentOf(path))) {
              current.set(xml.getLocalName(), content, valueLine);
            } else if (isDependency(path) && current != null) {
              entries.add(current.entry());
              LineScanner.checkCount(entries.size(), "pom.xml");
              current = null;
            } else if (path.size() == 3 && where.startsWith("project/properties/")) {
              properties.put(xml.getLocalName(), new MavenPom.Property(content, valueLine));
            } else if (PROJECT_FIELDS.contains(where)) {
              project.put(where, content);
            }
            value.setLength(0);
            path.removeLast();
          }
          default -> { }
        }
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new ManifestException("pom.xml is not well-formed XML" + where + ": "
          + firstLine(e.getMessage()), e);
    }
    String parentGroup = project.get("project/parent/groupId");
    String parentArtifact = project.get("project/parent/artifactId");
    String parentVersion = project.get("project/parent/version");
    String group = project.getOrDefault("project/groupId", parentGroup);
    String version = project.getOrDefault("project/version", parentVersion);
    putProject(properties, "project.version", version);
    putProject(properties, "project.groupId", group);
    putProject(properties, "project.parent.version", parentVersion);
    putProject(properties, "project.parent.groupId", parentGroup);
    MavenPom.Parent parent = parentGroup == null && parentArtifact == null ? null
        : new MavenPom.Parent(parentGroup, parentArtifact, parentVersion,
            project.get("project/parent/relativePath"));
    return new MavenPom(group, project.get("project/artifactId"), version, parent, properties,
        entries);
  }

  private static void putProject(Map<String, MavenPom.Property> properties, String name,
      String value) {
    if (value != null) properties.putIfAbsent(name, new MavenPom.Property(value, 1));
  }

  /** Returns {@code text} with properties replaced, or null if one is unknown or cyclic. */
  static String interpolate(String text, Map<String, String> properties) {
    String result = text;
    for (int depth = 0; depth < MAX_PROPERTY_DEPTH; depth++) {
      Matcher m = PROPERTY.matcher(result);
      if (!m.find()) return result;
      StringBuilder out = new StringBuilder();
      m.reset();
      while (m.find()) {
        String replacement = properties.get(m.group(1));
        if (replacement == null) return null;
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      result = out.toString();
      if (result.length() > 1024) return null;
    }
    return null;
  }

  /** Returns the names of the properties {@code text} refers to, in order. */
  static List<String> propertiesIn(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PROPERTY.matcher(text);
    while (m.find()) names.add(m.group(1));
    return names;
  }

  private static boolean isDependency(Deque<String> path) {
    return path.size() >= 3 && path.peekLast().equals("dependency")
        && List.copyOf(path).get(path.size() - 2).equals("dependencies")
        && (path.size() == 3 || !List.copyOf(path).contains("plugin"));
  }

  private static Deque<String> parentOf(Deque<String> path) {
    Deque<String> parent = new ArrayDeque<>(path);
    parent.removeLast();
    return parent;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  private static String firstLine(String message) {
    if (message == null) return "";
    String[] lines = message.strip().split("\n");
    return lines[lines.length - 1].strip();
  }

  /** A dependency element as read, before properties are resolved. */
  private static final class RawDependency {
    private final int line;
    private final boolean managed;
    private String groupId;
    private String artifactId;
    private String version;
    private String type = "jar";
    private String scope;
    private int artifactLine;
    private int versionLine;

    RawDependency(int line, boolean managed) {
      this.line = line;
      this.managed = managed;
    }

    void set(String element, String value, int at) {
      switch (element) {
        case "groupId" -> groupId = value;
        case "artifactId" -> {
          artifactId = value;
          artifactLine = at;
        }
        case "version" -> {
          version = value;
          versionLine = at;
        }
        case "type" -> type = value;
        case "scope" -> scope = value;
        default -> { }
      }
    }

    MavenPom.Entry entry() {
      int named = artifactLine > 0 ? artifactLine : line;
      return new MavenPom.Entry(groupId, artifactId, version, type, scope, managed, named,
          versionLine > 0 ? versionLine : named);
    }
  }
}
