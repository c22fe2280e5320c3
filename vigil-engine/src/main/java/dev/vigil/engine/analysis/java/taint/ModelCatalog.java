package dev.vigil.engine.analysis.java.taint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.engine.analysis.java.taint.ModelRows.Decoder;
import dev.vigil.engine.analysis.java.taint.ModelRows.Hardening;
import dev.vigil.engine.analysis.java.taint.ModelRows.NeutralParameterSource;
import dev.vigil.engine.analysis.java.taint.ModelRows.NeutralSource;
import dev.vigil.engine.analysis.java.taint.ModelRows.ParameterSource;
import dev.vigil.engine.analysis.java.taint.ModelRows.ReturnType;
import dev.vigil.engine.analysis.java.taint.ModelRows.Sanitizer;
import dev.vigil.engine.analysis.java.taint.ModelRows.Sink;
import dev.vigil.engine.analysis.java.taint.ModelRows.Source;
import dev.vigil.engine.analysis.java.taint.ModelRows.Summary;
import dev.vigil.engine.analysis.java.taint.ModelRows.Supertype;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the taint models from the class path: {@code models/java/index.txt} lists the model files,
 * each a YAML map of sections to rows (see {@code models/java/README.md}). Any problem fails the
 * load with an {@link IllegalArgumentException} naming the file, the section and the row.
 */
final class ModelCatalog {
  static final String FOLDER = "models/java/";
  private static final Set<String> SECTIONS = Set.of("sources", "parameterSources", "sinks",
      "sanitizers", "summaries", "returnTypes", "supertypes", "hardening", "neutralSources",
      "neutralParameterSources", "decoders");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
  private final List<Source> sources = new ArrayList<>();
  private final List<ParameterSource> parameterSources = new ArrayList<>();
  private final List<Sink> sinks = new ArrayList<>();
  private final List<Sanitizer> sanitizers = new ArrayList<>();
  private final List<Summary> summaries = new ArrayList<>();
  private final List<ReturnType> returnTypes = new ArrayList<>();
  private final List<Supertype> supertypes = new ArrayList<>();
  private final List<Hardening> hardening = new ArrayList<>();
  private final List<NeutralSource> neutralSources = new ArrayList<>();
  private final List<NeutralParameterSource> neutralParameterSources = new ArrayList<>();
  private final List<Decoder> decoders = new ArrayList<>();

  /** Returns the models that ship with Vigil. */
  static TaintModels builtIn() {
    return builtInWith("", "");
  }

  /**
   * Returns the models that ship with Vigil plus the rows of a model file derived from the scanned
   * project ({@code text}, named {@code file} in errors; "" for none).
   */
  static TaintModels builtInWith(String file, String text) {
    ModelCatalog catalog = new ModelCatalog();
    for (String builtIn : ClassPathText.indexEntries(FOLDER + "index.txt")) {
      catalog.add(builtIn, ClassPathText.read(FOLDER + builtIn));
    }
    if (!text.isEmpty()) catalog.add(file, text);
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
            + "': expected one of " + String.join(", ", SECTIONS));
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

  /** Returns the indexed models of every file added. */
  TaintModels build() {
    return new TaintModels(sources, parameterSources, sinks, sanitizers, summaries, returnTypes,
        supertypes, hardening, new TaintModels.Neutrality(neutralSources, neutralParameterSources, decoders));
  }

  private void addRow(String section, String[] c) {
    switch (section) {
      case "sources" -> {
        need(c, 8);
        sources.add(new Source(call(c), AccessPath.parse(c[5]), c[6], c[7]));
      }
      case "parameterSources" -> {
        need(c, 4);
        parameterSources.add(new ParameterSource(c[0] + "." + c[1], c[2], c[3]));
      }
      case "sinks" -> {
        need(c, 8);
        sinks.add(new Sink(call(c), AccessPath.parse(c[5]), c[6], c[7]));
      }
      case "sanitizers" -> {
        need(c, 8);
        String[] kindsAndCondition = c[6].split(" when ", 2);
        AccessPath when = AccessPath.parse(kindsAndCondition.length == 2
            ? c[5] + " when " + kindsAndCondition[1] : c[5]);
        Set<String> kinds = new LinkedHashSet<>(Arrays.asList(kindsAndCondition[0].strip().split("\\s*,\\s*")));
        sanitizers.add(new Sanitizer(call(c), when, kinds, c[7]));
      }
      case "neutralSources" -> {
        need(c, 7);
        neutralSources.add(new NeutralSource(call(c), kinds(c[5]), c[6]));
      }
      case "neutralParameterSources" -> {
        need(c, 4);
        neutralParameterSources.add(new NeutralParameterSource(c[0] + "." + c[1], kinds(c[2]), c[3]));
      }
      case "decoders" -> {
        need(c, 7);
        decoders.add(new Decoder(call(c), kinds(c[5]), c[6]));
      }
      case "summaries" -> {
        need(c, 9);
        if (!c[7].equals("taint") && !c[7].equals("value")) {
          throw new IllegalArgumentException("kind must be taint or value");
        }
        summaries.add(new Summary(call(c), AccessPath.parse(c[5]), AccessPath.parse(c[6]),
            c[7].equals("value"), c[8]));
      }
      case "returnTypes" -> {
        need(c, 6);
        returnTypes.add(new ReturnType(CallPattern.of(c[0], c[1], bool(c[2]), c[3], ""), c[4], c[5]));
      }
      case "supertypes" -> {
        need(c, 4);
        supertypes.add(new Supertype(c[0] + "." + c[1], c[2], c[3]));
      }
      default -> {
        need(c, 7);
        hardening.add(new Hardening(CallPattern.of(c[0], c[1], bool(c[2]), c[3], ""),
            Pattern.compile(c[4]), c[5], c[6]));
      }
    }
  }

  private static CallPattern call(String[] c) {
    return CallPattern.of(c[0], c[1], bool(c[2]), c[3], c[4]);
  }

  private static Set<String> kinds(String cell) {
    return new LinkedHashSet<>(Arrays.asList(cell.strip().split("\\s*,\\s*")));
  }

  private static boolean bool(String cell) {
    if (!cell.equals("true") && !cell.equals("false")) {
      throw new IllegalArgumentException("subtypes must be true or false, not '" + cell + "'");
    }
    return cell.equals("true");
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
