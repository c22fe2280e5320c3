package dev.vigil.engine.analysis.deps;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.analysis.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one OSV record (the JSON format of the public OSV exports) into an {@link Advisory}. Only
 * affected packages of the ecosystems in {@link Ecosystem} are kept, and two entries for the same
 * package are merged into one. Severity comes from the first
 * CVSS v3 vector (top level, then per package), else from {@code database_specific.severity}
 * (GitHub's LOW, MODERATE, HIGH, CRITICAL), else it is medium and said to be unrated.
 */
final class OsvRecordReader {
  private static final Pattern CWE = Pattern.compile("CWE-(\\d+)");
  private static final int MAX_SUMMARY = 300;

  private final ObjectMapper json = new ObjectMapper();

  /**
   * Returns the advisory in {@code content}, or empty if the record is withdrawn; throws
   * {@link IllegalArgumentException} saying why if it is not an OSV record.
   */
  Optional<Advisory> read(byte[] content) {
    JsonNode root;
    try {
      root = json.readTree(content);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new IllegalArgumentException("not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) throw new IllegalArgumentException("not a JSON object");
    String id = root.path("id").asText("");
    if (id.isBlank()) throw new IllegalArgumentException("has no id");
    if (!root.path("withdrawn").asText("").isBlank()) return Optional.empty();
    List<String> aliases = new ArrayList<>();
    root.path("aliases").forEach(alias -> aliases.add(alias.asText()));
    Map<String, AffectedPackage> affected = new LinkedHashMap<>();
    String vector = cvssVector(root.path("severity"));
    for (JsonNode entry : root.path("affected")) {
      AffectedPackage pkg = affectedPackage(entry);
      if (pkg != null) affected.merge(pkg.ecosystem() + ":" + pkg.name(), pkg, AffectedPackage::merge);
      if (vector == null) vector = cvssVector(entry.path("severity"));
    }
    List<Integer> cwes = new ArrayList<>();
    for (JsonNode cwe : root.path("database_specific").path("cwe_ids")) {
      Matcher m = CWE.matcher(cwe.asText());
      if (m.matches()) cwes.add(Integer.parseInt(m.group(1)));
    }
    Severity severity = Severity.MEDIUM;
    String rating = "no severity in the advisory";
    CvssV3 cvss = score(vector);
    String databaseSeverity = root.path("database_specific").path("severity").asText("");
    if (cvss != null) {
      severity = cvss.severity();
      rating = String.format(Locale.ROOT, "CVSS %.1f (%s)", cvss.baseScore(), cvss.vector());
    } else if (!databaseSeverity.isBlank()) {
      severity = databaseSeverity(databaseSeverity);
      rating = "database severity " + databaseSeverity.toUpperCase(Locale.ROOT);
    }
    return Optional.of(new Advisory(id, root.path("modified").asText(""), aliases, summary(root), cwes,
        severity, rating, List.copyOf(affected.values())));
  }

  private static AffectedPackage affectedPackage(JsonNode entry) {
    Ecosystem ecosystem = Ecosystem.ofOsvName(entry.path("package").path("ecosystem").asText(""));
    String name = entry.path("package").path("name").asText("");
    if (ecosystem == null || name.isBlank()) return null;
    List<AffectedRange> ranges = new ArrayList<>();
    for (JsonNode range : entry.path("ranges")) {
      String type = range.path("type").asText("");
      if (!type.equals("SEMVER") && !type.equals("ECOSYSTEM")) continue;
      List<RangeEvent> events = new ArrayList<>();
      for (JsonNode event : range.path("events")) {
        event.properties().forEach(field -> {
          RangeEvent.Kind kind = switch (field.getKey()) {
            case "introduced" -> RangeEvent.Kind.INTRODUCED;
            case "fixed" -> RangeEvent.Kind.FIXED;
            case "last_affected" -> RangeEvent.Kind.LAST_AFFECTED;
            default -> null;
          };
          if (kind != null && field.getValue().isTextual()) {
            events.add(new RangeEvent(kind, field.getValue().asText()));
          }
        });
      }
      if (!events.isEmpty()) ranges.add(new AffectedRange(events));
    }
    List<String> versions = new ArrayList<>();
    entry.path("versions").forEach(v -> versions.add(v.asText()));
    List<String> symbols = new ArrayList<>();
    for (JsonNode imported : entry.path("ecosystem_specific").path("imports")) {
      String path = imported.path("path").asText("");
      imported.path("symbols").forEach(symbol -> symbols.add(path + "." + symbol.asText()));
    }
    return new AffectedPackage(ecosystem, ecosystem.normalise(name), ranges, versions, symbols);
  }

  private static String cvssVector(JsonNode severities) {
    for (JsonNode severity : severities) {
      if (severity.path("type").asText("").equals("CVSS_V3")) return severity.path("score").asText(null);
    }
    return null;
  }

  private static CvssV3 score(String vector) {
    if (vector == null) return null;
    try {
      return CvssV3.parse(vector);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Severity databaseSeverity(String label) {
    return switch (label.strip().toUpperCase(Locale.ROOT)) {
      case "CRITICAL" -> Severity.CRITICAL;
      case "HIGH" -> Severity.HIGH;
      case "LOW" -> Severity.LOW;
      default -> Severity.MEDIUM;
    };
  }

  private static String summary(JsonNode root) {
    String summary = root.path("summary").asText("").strip();
    if (summary.isEmpty()) summary = root.path("details").asText("").strip().lines().findFirst().orElse("");
    return summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
  }
}
