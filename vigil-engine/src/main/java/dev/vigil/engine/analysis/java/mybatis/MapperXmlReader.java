package dev.vigil.engine.analysis.java.mybatis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads MyBatis mapper XML files of a scanned repository, which may be hostile: the parser loads
 * no external DTD or entity (the MyBatis DOCTYPE is allowed, never fetched), limits entity
 * expansion (secure processing), and files past {@link #MAX_BYTES} are not read.
 */
final class MapperXmlReader {
  /** The largest mapper file read, in bytes. */
  static final int MAX_BYTES = 4 * 1024 * 1024;
  /** How far into a file its {@code <mapper} root is looked for. */
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

  private MapperXmlReader() {}

  /** Returns true if the file names XML and its start holds a {@code <mapper} element. */
  static boolean looksLikeMapper(String path, byte[] content) {
    if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) return false;
    int length = Math.min(content.length, SNIFF_BYTES);
    String start = new String(content, 0, length, StandardCharsets.ISO_8859_1);
    if (start.contains("<mapper")) return true;
    // UTF-16 files: every other byte is zero
    return new String(content, 0, length, StandardCharsets.UTF_16).contains("<mapper")
        || new String(content, 0, length, StandardCharsets.UTF_16LE).contains("<mapper");
  }

  /**
   * Returns the mapper in {@code content}, or null if its root is not a {@code <mapper>} with a
   * namespace; throws {@link UnreadableMapperException} naming the path and the reason if it is
   * too large or not well-formed XML.
   */
  static MapperXml read(String path, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new UnreadableMapperException(path + ": mapper file not read: " + content.length
          + " bytes, over the " + MAX_BYTES + " read", null);
    }
    Document document;
    try {
      DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(new DefaultHandler());
      document = builder.parse(new ByteArrayInputStream(content));
    } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new UnreadableMapperException(path + ": mapper file not read: " + reason, e);
    }
    Element root = document.getDocumentElement();
    if (root == null || !root.getTagName().equals("mapper") || root.getAttribute("namespace").isBlank()) {
      return null;
    }
    Map<String, SqlPart> statements = new LinkedHashMap<>();
    Map<String, SqlPart> fragments = new HashMap<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || e.getAttribute("id").isBlank()) continue;
      if (STATEMENTS.contains(e.getTagName())) statements.put(e.getAttribute("id"), block(e));
      else if (e.getTagName().equals("sql")) fragments.put(e.getAttribute("id"), block(e));
    }
    return new MapperXml(path, root.getAttribute("namespace").strip(), statements, fragments);
  }

  private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    factory.setValidating(false);
    factory.setNamespaceAware(false);
    return factory;
  }

  /** Returns an element's content as SQL parts, with the variables it defines. */
  private static SqlPart.Block block(Element element) {
    List<SqlPart> parts = new ArrayList<>();
    Map<String, Set<String>> variables = new HashMap<>();
    if (element.getTagName().equals("foreach")) {
      Set<String> collection = DollarExpressions.names(element.getAttribute("collection"));
      for (String attribute : List.of("item", "index")) {
        String name = element.getAttribute(attribute).strip();
        if (!name.isEmpty()) variables.put(name, collection);
      }
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        parts.add(new SqlPart.Text(n.getNodeValue()));
      } else if (n instanceof Element child) {
        switch (child.getTagName()) {
          case "include" -> parts.add(include(child));
          case "bind" -> variables.put(child.getAttribute("name").strip(),
              DollarExpressions.names(child.getAttribute("value")));
          default -> parts.add(block(child));
        }
      }
    }
    return new SqlPart.Block(parts, variables);
  }

  private static SqlPart.Include include(Element include) {
    Set<String> properties = new LinkedHashSet<>();
    StringBuilder values = new StringBuilder();
    for (Node n = include.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element p && p.getTagName().equals("property")) {
        properties.add(p.getAttribute("name").strip());
        values.append(p.getAttribute("value")).append(' ');
      }
    }
    return new SqlPart.Include(include.getAttribute("refid").strip(), properties, values.toString());
  }
}
