package dev.vigil.engine.analysis.deps;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@link ManifestException}, not a parse. Known gap: a blob is read alone, so versions inherited
 * from a parent pom (in the repository or not) or imported from a BOM are unknown, and such
 * dependencies are not reported; so are version ranges and properties that cannot be resolved.
 */
final class MavenPomParser implements ManifestParser {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final int MAX_PROPERTY_DEPTH = 10;

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
    Map<String, String> properties = new HashMap<>();
    List<RawDependency> raw = new ArrayList<>();
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
            if (isDependency(path)) current = new RawDependency(valueLine);
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
              raw.add(current);
              current = null;
            } else if (path.size() == 3 && where.startsWith("project/properties/")) {
              properties.put(xml.getLocalName(), content);
            } else if (where.equals("project/version")) {
              properties.put("project.version", content);
            } else if (where.equals("project/groupId")) {
              properties.put("project.groupId", content);
            } else if (where.equals("project/parent/version")) {
              properties.put("project.parent.version", content);
            } else if (where.equals("project/parent/groupId")) {
              properties.put("project.parent.groupId", content);
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
    LineScanner.checkCount(raw.size(), "pom.xml");
    properties.putIfAbsent("project.version", properties.get("project.parent.version"));
    properties.putIfAbsent("project.groupId", properties.get("project.parent.groupId"));
    return resolve(raw, properties);
  }

  private static List<DeclaredDependency> resolve(List<RawDependency> raw, Map<String, String> properties) {
    List<DeclaredDependency> dependencies = new ArrayList<>();
    for (RawDependency d : raw) {
      if (d.groupId == null || d.artifactId == null || d.version == null) continue;
      String group = interpolate(d.groupId, properties);
      String artifact = interpolate(d.artifactId, properties);
      String version = interpolate(d.version, properties);
      if (group == null || artifact == null || version == null || version.isBlank()
          || "[(".indexOf(version.charAt(0)) >= 0) {
        continue;
      }
      dependencies.add(new DeclaredDependency(Ecosystem.MAVEN, group + ":" + artifact, version,
          d.versionLine));
    }
    return dependencies;
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
    String groupId;
    String artifactId;
    String version;
    int versionLine;

    RawDependency(int line) {
      this.versionLine = line;
    }

    void set(String element, String value, int line) {
      switch (element) {
        case "groupId" -> groupId = value;
        case "artifactId" -> artifactId = value;
        case "version" -> {
          version = value;
          versionLine = line;
        }
        default -> { }
      }
    }
  }
}
