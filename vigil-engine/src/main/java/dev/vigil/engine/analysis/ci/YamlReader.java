package dev.vigil.engine.analysis.ci;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads the first document of a YAML text into {@link YamlNode}s with line numbers, with hard
 * limits: nesting is at most {@link #MAX_DEPTH} deep, the text at most {@link #MAX_CODE_POINTS}
 * code points and the tree at most {@link #MAX_NODES} values. An alias refers to the very node of
 * its anchor, never a copy, so an alias bomb costs one node per alias written; an alias to an
 * unknown anchor stays the scalar {@code *name}. Any syntax error or exceeded limit becomes a
 * {@link MalformedWorkflowException} naming the line.
 */
final class YamlReader {
  static final int MAX_DEPTH = 64;
  static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
  static final int MAX_NODES = 200_000;

  private final YAMLFactory factory;

  YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setAllowRecursiveKeys(false);
    this.factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
        .build();
  }

  /** Returns the first document of {@code text}; an empty document is an empty mapping. */
  YamlNode read(String text) {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) return new YamlNode.Mapping(1, Map.of());
      return new Builder(parser).node(first, 0);
    } catch (StreamConstraintsException e) {
      throw new MalformedWorkflowException("YAML exceeds a safety limit: " + e.getOriginalMessage(), e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new MalformedWorkflowException("not valid YAML" + where + ": "
          + firstLine(e.getOriginalMessage()), e);
    } catch (IOException | RuntimeException e) {
      throw new MalformedWorkflowException("not valid YAML: " + firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) return "";
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Builds the tree of one document, counting values and remembering anchored nodes. */
  private static final class Builder {
    private final JsonParser parser;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private int nodes;

    Builder(JsonParser parser) {
      this.parser = parser;
    }

    YamlNode node(JsonToken token, int depth) throws IOException {
      if (++nodes > MAX_NODES) {
        throw new MalformedWorkflowException("YAML has more than " + MAX_NODES + " values", null);
      }
      if (depth > MAX_DEPTH) {
        throw new MalformedWorkflowException("YAML is nested more than " + MAX_DEPTH + " deep", null);
      }
      int line = parser.currentTokenLocation().getLineNr();
      YAMLParser yaml = (YAMLParser) parser;
      if (yaml.isCurrentAlias()) {
        YamlNode anchored = anchors.get(parser.getText());
        return anchored != null ? anchored : new YamlNode.Scalar(line, "*" + parser.getText());
      }
      String anchor = yaml.getCurrentAnchor();
      YamlNode built = build(token, line, depth);
      if (anchor != null) anchors.put(anchor, built);
      return built;
    }

    private YamlNode build(JsonToken token, int line, int depth) throws IOException {
      if (token == JsonToken.START_OBJECT) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String key = parser.currentName();
          int keyLine = parser.currentTokenLocation().getLineNr();
          entries.put(key, new YamlNode.Entry(keyLine, node(parser.nextToken(), depth + 1)));
        }
        return new YamlNode.Mapping(line, entries);
      }
      if (token == JsonToken.START_ARRAY) {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(node(t, depth + 1));
        }
        return new YamlNode.Sequence(line, items);
      }
      if (token == null) throw new MalformedWorkflowException("YAML ends unexpectedly", null);
      return new YamlNode.Scalar(line, token == JsonToken.VALUE_NULL ? "" : parser.getText());
    }
  }
}
