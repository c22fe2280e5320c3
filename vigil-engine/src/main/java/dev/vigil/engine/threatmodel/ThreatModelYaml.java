package dev.vigil.engine.threatmodel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes the YAML format of a {@link ThreatModel} (documented in
 * {@code docs/threat-model.md}). Reading is strict: a syntax error, an unknown key, a missing
 * required key, a wrong type or an unknown label throws a {@link ThreatModelException} with the
 * line and the reason. Writing then reading gives an equal model, and writing that again the same
 * text. Documents are capped at {@link #MAX_CODE_POINTS} code points, 50 aliases and 32 levels.
 */
public final class ThreatModelYaml {
  /** The largest document accepted. */
  public static final int MAX_CODE_POINTS = 1024 * 1024;
  /** The comment written at the top of every document. */
  public static final String HEADER =
      "# Vigil threat model. Format and ranking formula: docs/threat-model.md\n";

  private static final String EMPTY = "empty document: expected a mapping with repository-type";

  private final ObjectMapper mapper;

  /** Creates a reader and writer of the format. */
  public ThreatModelYaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_CODE_POINTS);
    loader.setMaxAliasesForCollections(50);
    loader.setNestingDepthLimit(32);
    loader.setAllowRecursiveKeys(false);
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .build();
    this.mapper = new YAMLMapper(factory)
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .setDefaultPropertyInclusion(JsonInclude.Value.construct(
            JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    // "entry-points:" with nothing after it is an empty list, not a string.
    mapper.coercionConfigFor(LogicalType.Collection)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
  }

  /** Returns the model in {@code text}; throws {@link ThreatModelException} naming the line. */
  public ThreatModel parse(String text) {
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) throw new ThreatModelException(1, EMPTY, null);
    try {
      ThreatModel model = mapper.readValue(text, ThreatModel.class);
      if (model == null) throw new ThreatModelException(1, EMPTY, null);
      return model;
    } catch (JsonProcessingException e) {
      throw translate(e, text);
    }
  }

  /** Returns {@code model} as a YAML document, starting with {@link #HEADER}. */
  public String write(ThreatModel model) {
    Objects.requireNonNull(model, "model == null");
    try {
      return HEADER + mapper.writeValueAsString(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write threat model: " + e.getOriginalMessage(), e);
    }
  }

  private static ThreatModelException translate(JsonProcessingException e, String text) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    String where = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
    String key = e instanceof UnrecognizedPropertyException unknown ? unknown.getPropertyName()
        : e instanceof JsonMappingException mapping ? lastField(mapping) : null;
    if (key != null) line = lineOfKey(text, key, line);
    if (firstLine(e.getOriginalMessage()).startsWith("No content to map")) {
      return new ThreatModelException(1, EMPTY, e);
    }
    String reason;
    if (e instanceof UnrecognizedPropertyException unknown) {
      reason = "unknown key '" + unknown.getPropertyName() + "'"
          + (where.contains(".") || where.contains("[") ? " in " + parentOf(where) : "")
          + expected(unknown.getKnownPropertyIds());
    } else if (e instanceof JsonMappingException) {
      String reasonText = describe(e);
      if (reasonText.startsWith("missing required key")) where = parentOf(where);
      reason = (where.isEmpty() ? "" : where + ": ") + reasonText;
    } else if (firstLine(e.getOriginalMessage()).startsWith("Duplicate field")) {
      reason = firstLine(e.getOriginalMessage()).replace("Duplicate field", "duplicate key");
    } else {
      reason = "not valid YAML: " + firstLine(e.getOriginalMessage());
    }
    return new ThreatModelException(line, reason, e);
  }

  private static String describe(JsonProcessingException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Missing required creator property")) {
      int open = message.indexOf('\'');
      int close = message.indexOf('\'', open + 1);
      return "missing required key '" + message.substring(open + 1, close) + "'";
    }
    Throwable cause = e.getCause();
    while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof IllegalArgumentException) return firstLine(cause.getMessage());
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      Class<?> target = mismatch.getTargetType();
      if (Collection.class.isAssignableFrom(target)) return "expected a list";
      if (target == int.class || target == Integer.class) return "expected a whole number";
      if (target == String.class) return "expected a single value, not a list or mapping";
      if (target.isRecord()) return "expected a mapping";
      if (target.isEnum()) return "expected a single value, not a list or mapping";
    }
    return message;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) path.append('.');
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex() + 1).append(']');
      }
    }
    return path.toString();
  }

  private static String lastField(JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
  }

  /**
   * Returns the line of {@code key} nearest at or before {@code reported} (the parser reports where
   * it stopped, which can be past the key), or {@code reported} if the key is not on such a line.
   */
  private static int lineOfKey(String text, String key, int reported) {
    Pattern pattern = Pattern.compile("^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
    List<String> lines = text.lines().toList();
    for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
      if (pattern.matcher(lines.get(i)).find()) return i + 1;
    }
    return reported;
  }

  private static String parentOf(String where) {
    int dot = where.lastIndexOf('.');
    return dot < 0 ? "" : where.substring(0, dot);
  }

  private static String expected(Collection<Object> known) {
    if (known == null || known.isEmpty()) return "";
    return " (expected one of " + known.stream().map(String::valueOf).sorted()
        .collect(Collectors.joining(", ")) + ")";
  }

  private static String firstLine(String message) {
    if (message == null) return "";
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
