package dev.vigil.engine.analysis.deps;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads npm's {@code package-lock.json} (and {@code npm-shrinkwrap.json}) with a streaming parser,
 * so a large lock file costs one entry at a time: lockfile v2 and v3 {@code packages}
 * ({@code "node_modules/a/node_modules/b": {"version": ...}}, aliases by their {@code name}),
 * else lockfile v1's nested {@code dependencies}. Linked workspace packages are not reported.
 */
final class NpmPackageLockParser implements ManifestParser {
  private static final String NODE_MODULES = "node_modules/";

  private final ObjectMapper json = new ObjectMapper(JsonFactory.builder().build());

  @Override
  public boolean reads(String fileName) {
    return fileName.equals("package-lock.json") || fileName.equals("npm-shrinkwrap.json");
  }

  @Override
  public boolean lockFile() {
    return true;
  }

  @Override
  public List<DeclaredDependency> parse(String text) {
    List<DeclaredDependency> packages = new ArrayList<>();
    List<DeclaredDependency> legacy = new ArrayList<>();
    try (JsonParser parser = json.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new ManifestException("package-lock.json is not a JSON object", null);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("packages") && value == JsonToken.START_OBJECT) {
          readPackages(parser, packages);
        } else if (field.equals("dependencies") && value == JsonToken.START_OBJECT) {
          readLegacy(parser, legacy, 0);
        } else {
          parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new ManifestException("package-lock.json is not valid JSON" + where + ": "
          + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ManifestException("package-lock.json cannot be read: " + e.getMessage(), e);
    }
    List<DeclaredDependency> dependencies = packages.isEmpty() ? legacy : packages;
    LineScanner.checkCount(dependencies, "package-lock.json");
    return dependencies;
  }

  private void readPackages(JsonParser parser, List<DeclaredDependency> into) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String path = parser.currentName();
      int line = parser.currentTokenLocation().getLineNr();
      parser.nextToken();
      JsonNode entry = json.readTree(parser);
      int at = path.lastIndexOf(NODE_MODULES);
      if (at < 0 || entry == null || entry.path("link").asBoolean(false)) continue;
      String name = entry.path("name").asText(path.substring(at + NODE_MODULES.length()));
      String version = entry.path("version").asText("");
      if (!version.isEmpty()) into.add(new DeclaredDependency(Ecosystem.NPM, name, version, line));
      LineScanner.checkCount(into, "package-lock.json");
    }
  }

  private void readLegacy(JsonParser parser, List<DeclaredDependency> into, int depth)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = parser.currentTokenLocation().getLineNr();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        parser.skipChildren();
        continue;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("version") && value == JsonToken.VALUE_STRING
            && !parser.getText().startsWith("file:")) {
          into.add(new DeclaredDependency(Ecosystem.NPM, name, parser.getText(), line));
        } else if (field.equals("dependencies") && value == JsonToken.START_OBJECT && depth < 64) {
          readLegacy(parser, into, depth + 1);
        } else {
          parser.skipChildren();
        }
      }
      LineScanner.checkCount(into, "package-lock.json");
    }
  }
}
