package dev.vigil.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.git.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads another tool's SARIF 2.1.0 log as {@link ExternalFinding}s. The log is untrusted: it is
 * read within limits (size, nesting, string length, number of results), every location must be a
 * path inside the repository (relative, or under one of the run's {@code originalUriBaseIds}), and
 * what cannot be read is either refused as a whole with a message naming the place
 * ({@code runs[0].tool.driver.name: required}) or, for one result, skipped with the reason.
 * Severity comes from {@code security-severity} when present, else the level; the CWE from the
 * rule's or result's tags ({@code external/cwe/cwe-89}, {@code CWE-89}) or CWE taxa.
 */
public final class SarifImport {
  /** The largest log accepted. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;
  /** The most results accepted in one log. */
  public static final int MAX_RESULTS = 100_000;
  private static final int MAX_PATH = 1000;
  private static final Pattern CWE = Pattern.compile("(?i)^(?:external/cwe/)?cwe[-_:]?(\\d{1,5})(?:\\D.*)?$");
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
          .maxStringLength(4 * 1024 * 1024).maxNumberLength(64).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /** What a log gave: the findings, and each result left out with why. */
  public record Imported(List<ExternalFinding> findings, List<String> skipped) {
    public Imported {
      findings = List.copyOf(findings);
      skipped = List.copyOf(skipped);
    }
  }

  private SarifImport() {}

  /** Reads the log in {@code in} (at most {@link #MAX_BYTES}); throws {@link SarifImportException} if it cannot. */
  public static Imported read(InputStream in) {
    JsonNode log;
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new SarifImportException("the SARIF log is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      try (JsonParser parser = MAPPER.createParser(bytes)) {
        log = MAPPER.readTree(parser);
        if (parser.nextToken() != null) throw new SarifImportException("not a SARIF log: text after the JSON document");
      }
    } catch (SarifImportException e) {
      throw e;
    } catch (IOException e) {
      throw new SarifImportException("not a SARIF log: " + firstLine(e.getMessage()), e);
    }
    if (log == null || !log.isObject()) throw new SarifImportException("not a SARIF log: expected a JSON object");
    String version = log.path("version").asText("");
    if (!"2.1.0".equals(version)) {
      throw new SarifImportException("version: expected \"2.1.0\", got " + (version.isEmpty() ? "none" : "\"" + version + "\""));
    }
    JsonNode runs = log.get("runs");
    if (runs == null || !runs.isArray()) throw new SarifImportException("runs: required, an array");
    int total = 0;
    for (JsonNode run : runs) total += run.path("results").size();
    if (total > MAX_RESULTS) throw new SarifImportException("the log has " + total + " results; at most " + MAX_RESULTS + " are imported at once");
    List<ExternalFinding> findings = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) new RunReader(runs.get(r), "runs[" + r + "]").read(findings, skipped);
    return new Imported(findings, skipped);
  }

  /** One run: its tool, rules and base URIs, and its results. */
  private static final class RunReader {
    private final JsonNode run;
    private final String where;
    private final String tool;
    private final Map<String, JsonNode> rulesById = new HashMap<>();
    private final List<JsonNode> rulesByIndex = new ArrayList<>();
    private final Map<String, String> bases = new HashMap<>();

    RunReader(JsonNode run, String where) {
      this.run = run;
      this.where = where;
      if (!run.isObject()) throw new SarifImportException(where + ": expected an object");
      JsonNode driver = run.path("tool").path("driver");
      String name = driver.path("name").asText("").trim();
      if (name.isEmpty()) throw new SarifImportException(where + ".tool.driver.name: required");
      this.tool = toolId(name);
      for (JsonNode rule : driver.path("rules")) {
        rulesByIndex.add(rule);
        if (rule.hasNonNull("id")) rulesById.put(rule.get("id").asText(), rule);
      }
      run.path("originalUriBaseIds").fields().forEachRemaining(base ->
          bases.put(base.getKey(), base.getValue().path("uri").asText("")));
      if (!run.path("results").isArray() && run.has("results")) {
        throw new SarifImportException(where + ".results: expected an array");
      }
    }

    void read(List<ExternalFinding> findings, List<String> skipped) {
      JsonNode results = run.path("results");
      for (int i = 0; i < results.size(); i++) {
        String at = where + ".results[" + i + "]";
        try {
          ExternalFinding finding = result(results.get(i));
          if (finding != null) findings.add(finding);
        } catch (SarifImportException e) {
          skipped.add(at + ": " + e.getMessage());
        }
      }
    }

    private ExternalFinding result(JsonNode result) {
      if (!result.isObject()) throw new SarifImportException("expected an object");
      String kind = result.path("kind").asText("fail");
      if (!"fail".equals(kind)) throw new SarifImportException("kind " + kind + " is not a problem");
      if (result.path("suppressions").size() > 0) throw new SarifImportException("suppressed in the log");
      JsonNode rule = rule(result);
      String ruleId = result.hasNonNull("ruleId") ? result.get("ruleId").asText()
          : rule != null && rule.hasNonNull("id") ? rule.get("id").asText() : null;
      if (ruleId == null || ruleId.isBlank()) throw new SarifImportException("no ruleId");
      JsonNode physical = result.path("locations").path(0).path("physicalLocation");
      if (physical.isMissingNode()) throw new SarifImportException("no physical location");
      String path = path(physical.path("artifactLocation"));
      int line = Math.max(1, physical.path("region").path("startLine").asInt(1));
      String message = text(result.path("message"), rule);
      Location location = Location.line(path, line);
      String snippet = physical.path("region").path("snippet").path("text").asText("");
      Finding finding = new Finding(ExternalFinding.PREFIX + tool + "/" + clip(ruleId, 150), cwe(rule, result),
          severity(rule, result), confidence(rule), clip(message, 3900), location, clip(snippet, 3900), null,
          List.of(new EvidenceStep(location, clip(snippet, 500), "reported by " + tool)));
      return new ExternalFinding(tool, fingerprint(result, ruleId, path, line, message), finding);
    }

    private JsonNode rule(JsonNode result) {
      if (result.hasNonNull("ruleId") && rulesById.containsKey(result.get("ruleId").asText())) {
        return rulesById.get(result.get("ruleId").asText());
      }
      int index = result.path("ruleIndex").asInt(-1);
      if (index >= 0 && index < rulesByIndex.size()) return rulesByIndex.get(index);
      return rulesById.get(result.path("rule").path("id").asText(""));
    }

    private String path(JsonNode artifact) {
      String uri = artifact.path("uri").asText("");
      if (uri.isBlank()) throw new SarifImportException("no artifactLocation.uri");
      // A relative URI is relative to its base (the repository root); an absolute one must lie
      // under one of the run's base URIs.
      String text = uri;
      for (String root : bases.values()) {
        if (!root.isEmpty() && text.startsWith(root)) {
          text = text.substring(root.length());
          break;
        }
      }
      if (isAbsolute(text)) throw new SarifImportException("location " + clip(uri, 200) + " is outside the repository");
      String path;
      try {
        path = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new SarifImportException("location " + clip(uri, 200) + " is not a valid URI");
      }
      path = path.replace('\\', '/');
      while (path.startsWith("./")) path = path.substring(2);
      if (path.isEmpty() || path.startsWith("/") || path.length() > MAX_PATH || path.chars().anyMatch(c -> c < 0x20)
          || List.of(path.split("/")).contains("..")) {
        throw new SarifImportException("location " + clip(uri, 200) + " is not a path inside the repository");
      }
      return path;
    }

    private static boolean isAbsolute(String uri) {
      if (uri.startsWith("/") || uri.matches("^[A-Za-z]:[\\\\/].*")) return true;
      try {
        return URI.create(uri.replace(" ", "%20")).isAbsolute();
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private static String text(JsonNode message, JsonNode rule) {
      String text = message.path("text").asText("");
      if (text.isBlank() && rule != null) text = rule.path("shortDescription").path("text").asText("");
      if (text.isBlank() && rule != null) text = rule.path("messageStrings").path(message.path("id").asText("")).path("text").asText("");
      if (text.isBlank()) throw new SarifImportException("no message text");
      return text;
    }

    private static int cwe(JsonNode rule, JsonNode result) {
      List<JsonNode> tags = new ArrayList<>();
      result.path("properties").path("tags").forEach(tags::add);
      if (rule != null) rule.path("properties").path("tags").forEach(tags::add);
      for (JsonNode taxon : result.path("taxa")) tags.add(taxon.path("id"));
      if (rule != null) {
        for (JsonNode relation : rule.path("relationships")) {
          if ("CWE".equalsIgnoreCase(relation.path("target").path("toolComponent").path("name").asText())) {
            tags.add(relation.path("target").path("id"));
          }
        }
      }
      for (JsonNode tag : tags) {
        String text = tag.asText("").trim();
        Matcher matcher = CWE.matcher(text.matches("\\d{1,5}") ? "cwe-" + text : text);
        if (matcher.matches()) return Integer.parseInt(matcher.group(1));
      }
      return 0;
    }

    private static Severity severity(JsonNode rule, JsonNode result) {
      String score = result.path("properties").path("security-severity").asText(
          rule == null ? "" : rule.path("properties").path("security-severity").asText(""));
      try {
        double value = Double.parseDouble(score.trim());
        if (value >= 9) return Severity.CRITICAL;
        if (value >= 7) return Severity.HIGH;
        if (value >= 4) return Severity.MEDIUM;
        if (value > 0) return Severity.LOW;
        return Severity.INFO;
      } catch (NumberFormatException notAScore) {
        String level = result.path("level").asText(
            rule == null ? "warning" : rule.path("defaultConfiguration").path("level").asText("warning"));
        return switch (level) {
          case "error" -> Severity.HIGH;
          case "note" -> Severity.LOW;
          case "none" -> Severity.INFO;
          default -> Severity.MEDIUM;
        };
      }
    }

    private static Confidence confidence(JsonNode rule) {
      String precision = rule == null ? "" : rule.path("properties").path("precision").asText("");
      return switch (precision.toLowerCase(Locale.ROOT)) {
        case "very-high", "high" -> Confidence.HIGH;
        case "low" -> Confidence.LOW;
        default -> Confidence.MEDIUM;
      };
    }

    /** Returns the tool's own fingerprints when it gives some, else rule, path, line and message. */
    private String fingerprint(JsonNode result, String ruleId, String path, int line, String message) {
      Map<String, String> given = new TreeMap<>();
      result.path("partialFingerprints").fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue().asText()));
      result.path("fingerprints").fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue().asText()));
      String identity = given.isEmpty() ? line + "|" + message : given.toString();
      return Fingerprints.sha256(ExternalFinding.PREFIX + tool + "|" + ruleId + "|" + path + "|" + identity);
    }
  }

  /** Returns a tool name as an id: lower case, letters, digits, dots and dashes, at most 60. */
  static String toolId(String name) {
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
    if (id.isEmpty()) throw new SarifImportException("tool.driver.name: no letters or digits in \"" + clip(name, 60) + "\"");
    return id.length() <= 60 ? id : id.substring(0, 60);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String firstLine(String text) {
    if (text == null) return "malformed JSON";
    int newline = text.indexOf('\n');
    return clip(newline < 0 ? text : text.substring(0, newline), 300);
  }
}
