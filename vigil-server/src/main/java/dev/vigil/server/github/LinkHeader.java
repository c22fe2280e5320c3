package dev.vigil.server.github;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers the way GitHub writes them for pagination. */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
  private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]+)\"?");

  private LinkHeader() {}

  /** Returns the URL of the link whose relation includes {@code rel}, or null when there is none. */
  static String find(String header, String rel) {
    if (header == null) return null;
    Matcher link = LINK.matcher(header);
    while (link.find()) {
      Matcher relation = REL.matcher(link.group(2));
      while (relation.find()) {
        for (String name : relation.group(1).trim().split("\\s+")) {
          if (name.equalsIgnoreCase(rel)) return link.group(1).trim();
        }
      }
    }
    return null;
  }
}
