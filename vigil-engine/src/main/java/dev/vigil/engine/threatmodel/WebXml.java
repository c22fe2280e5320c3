package dev.vigil.engine.threatmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servlet mappings of a {@code web.xml}: which URL patterns reach which servlet class. Read
 * with patterns, not an XML parser, so a hostile document cannot fetch entities.
 */
final class WebXml {
  /** A URL pattern mapped to a servlet class, with the line of the mapping. */
  record Mapping(String servletClass, String urlPattern, String path, int line) {}

  private static final Pattern SERVLET = Pattern.compile(
      "<servlet>(.*?)</servlet>", Pattern.DOTALL);
  private static final Pattern SERVLET_MAPPING = Pattern.compile(
      "<servlet-mapping>(.*?)</servlet-mapping>", Pattern.DOTALL);
  private static final Pattern NAME = tag("servlet-name");
  private static final Pattern CLASS = tag("servlet-class");
  private static final Pattern URL = tag("url-pattern");

  private WebXml() {}

  private static Pattern tag(String name) {
    return Pattern.compile("<" + name + ">\\s*([^<]*?)\\s*</" + name + ">");
  }

  /** Returns the mappings of the {@code web.xml} at {@code path}. */
  static List<Mapping> mappings(String path, String text) {
    String xml = Pattern.compile("(?s)<!--.*?-->").matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group().replaceAll("[^\n]", " ")));
    Map<String, String> classes = new HashMap<>();
    Matcher servlet = SERVLET.matcher(xml);
    while (servlet.find()) {
      Matcher name = NAME.matcher(servlet.group(1));
      Matcher type = CLASS.matcher(servlet.group(1));
      if (name.find() && type.find()) classes.put(name.group(1), type.group(1));
    }
    List<Mapping> mappings = new ArrayList<>();
    Matcher mapping = SERVLET_MAPPING.matcher(xml);
    while (mapping.find()) {
      Matcher name = NAME.matcher(mapping.group(1));
      if (!name.find() || !classes.containsKey(name.group(1))) continue;
      Matcher url = URL.matcher(mapping.group(1));
      while (url.find()) {
        int line = lineOf(xml, mapping.start(1) + url.start());
        mappings.add(new Mapping(classes.get(name.group(1)), url.group(1), path, line));
      }
    }
    return mappings;
  }

  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') line++;
    }
    return line;
  }
}
