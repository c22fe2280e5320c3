package dev.vigil.engine.analysis.taint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.engine.analysis.RuleFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a language's taint models from the class path: {@code models/<language>/index.txt} lists
 * the model files, each a YAML map of sections to rows (columns in {@code models/README.md}). Any
 * problem fails the load naming the file, the section and the row.
 */
final class ModelCatalog {
  private static final Set<String> SECTIONS = Set.of("types", "supertypes", "sources",
      "entryPoints", "sinks", "sanitizers", "guards", "updates", "exits", "misuses", "modules");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final List<ModelRows.TypeRow> types = new ArrayList<>();
  private final List<ModelRows.Supertype> supertypes = new ArrayList<>();
  private final List<ModelRows.Source> sources = new ArrayList<>();
  private final List<ModelRows.EntryPoint> entryPoints = new ArrayList<>();
  private final List<ModelRows.Sink> sinks = new ArrayList<>();
  private final List<ModelRows.Sanitizer> sanitizers = new ArrayList<>();
  private final List<ModelRows.Guard> guards = new ArrayList<>();
  private final List<ModelRows.Update> updates = new ArrayList<>();
  private final List<ModelRows.Exit> exits = new ArrayList<>();
  private final List<ModelRows.Misuse> misuses = new ArrayList<>();
  private final List<ModelRows.ModuleRow> modules = new ArrayList<>();

  /** Returns the models of {@code models/<language>/} that ship with Vigil. */
  static TaintModels builtIn(String language) {
    String folder = "models/" + language + "/";
    RuleFiles files = new RuleFiles(folder, (file, reason, cause) ->
        new IllegalArgumentException(folder + file + ": " + reason, cause));
    ModelCatalog catalog = new ModelCatalog();
    for (String file : files.indexed()) catalog.add(folder + file, files.text(file));
    return catalog.build();
  }

  /** Adds the rows of one model file; {@code file} names it in errors. */
  ModelCatalog add(String file, String text) {
    JsonNode root;
    try {
      root = yaml.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) throw new IllegalArgumentException(file + ": is not a map of sections");
    for (Map.Entry<String, JsonNode> section : root.properties()) {
      if (!SECTIONS.contains(section.getKey())) {
        throw new IllegalArgumentException(file + ": unknown section '" + section.getKey()
            + "': expected one of " + String.join(", ", new java.util.TreeSet<>(SECTIONS)));
      }
      int index = 0;
      for (JsonNode row : section.getValue()) {
        index++;
        try {
          addRow(section.getKey(), cells(row));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ": " + section.getKey() + " row " + index
              + " " + row + ": " + e.getMessage(), e);
        }
      }
    }
    return this;
  }

  TaintModels build() {
    return new TaintModels(types, supertypes, sources, entryPoints, sinks, sanitizers, guards,
        updates, exits, misuses, modules);
  }

  private void addRow(String section, String[] c) {
    switch (section) {
      case "types" -> types.add(new ModelRows.TypeRow(c[0], c[1], last(c, 3)));
      case "supertypes" -> supertypes.add(new ModelRows.Supertype(c[0], c[1], last(c, 3)));
      case "sources" -> sources.add(new ModelRows.Source(c[0], c[1], last(c, 3)));
      case "entryPoints" -> entryPoints.add(c.length == 6
          ? new ModelRows.EntryPoint(c[0], c[1], c[2], c[3], c[4], c[5])
          : new ModelRows.EntryPoint(c[0], c[1], c[2], c[3], ModelRows.EntryPoint.ROUTE, last(c, 5)));
      case "sinks" -> sinks.add(new ModelRows.Sink(c[0], Input.parse(c[1]), c[2], last(c, 4)));
      case "sanitizers" -> {
        need(c, 4);
        if (!c[1].equals("ReturnValue") && !c[1].equals("Member")) {
          throw new IllegalArgumentException("output must be ReturnValue or Member");
        }
        sanitizers.add(new ModelRows.Sanitizer(c[0], c[1].equals("Member"), marks(c[2]), c[3]));
      }
      case "guards" -> guards.add(new ModelRows.Guard(c[0], Input.parse(c[1]), marks(c[2]), c[3],
          last(c, 5)));
      case "updates" -> updates.add(new ModelRows.Update(c[0], Input.parse(c[1]), last(c, 3)));
      case "modules" -> modules.add(new ModelRows.ModuleRow(java.util.regex.Pattern.compile(c[0]), c[1],
          last(c, 3)));
      case "misuses" -> misuses.add(new ModelRows.Misuse(c[0], Input.conditions(c[1]), c[2], last(c, 4)));
      default -> exits.add(new ModelRows.Exit(c[0], last(c, 2)));
    }
  }

  private static Set<String> marks(String cell) {
    return new LinkedHashSet<>(Arrays.asList(cell.strip().split("\\s*,\\s*")));
  }

  /** Checks the column count and returns the provenance, the last column. */
  private static String last(String[] cells, int count) {
    need(cells, count);
    return cells[count - 1];
  }

  private static void need(String[] cells, int count) {
    if (cells.length != count) {
      throw new IllegalArgumentException("has " + cells.length + " columns, expected " + count);
    }
  }

  private static String[] cells(JsonNode row) {
    if (!row.isArray()) throw new IllegalArgumentException("is not a list of columns");
    String[] cells = new String[row.size()];
    for (int i = 0; i < row.size(); i++) cells[i] = row.get(i).asText();
    return cells;
  }
}
