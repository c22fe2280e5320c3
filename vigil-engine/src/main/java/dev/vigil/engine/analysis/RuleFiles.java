package dev.vigil.engine.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the rules an analyzer keeps as data on the class path: {@code <folder>/index.txt} lists one
 * YAML file per line (blank lines and {@code #} comments ignored); each file is parsed strictly
 * (an unknown key is an error, so a typo cannot silently disable a rule) and its common fields
 * become a {@link RuleInfo}. Every problem is reported through the analyzer's own exception,
 * naming the file and the reason.
 */
public final class RuleFiles {
  /** The fields every rule file has; an analyzer's rule definition record declares them. */
  public interface Fields {
    String id();

    String name();

    String message();

    String severity();

    String confidence();

    Integer cwe();

    List<String> references();
  }

  /** Makes the analyzer's exception for a problem in a file. */
  @FunctionalInterface
  public interface Problem {
    RuntimeException in(String file, String reason, Throwable cause);
  }

  private final String folder;
  private final Problem problem;
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** {@code folder} ends with a slash, e.g. {@code rules/ci/}. */
  public RuleFiles(String folder, Problem problem) {
    this.folder = folder;
    this.problem = problem;
  }

  /** Returns the path of the index, for messages about the rule set as a whole. */
  public String index() {
    return folder + "index.txt";
  }

  /** Returns the file names the index lists, in order. */
  public List<String> indexed() {
    return read(index()).lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** Returns the text of a rule file of this folder. */
  public String text(String file) {
    return read(folder + file);
  }

  /** Returns the rule file parsed strictly as {@code type}; empty files and bad YAML are problems. */
  public <T> T parse(String file, String text, Class<T> type) {
    T parsed;
    try {
      parsed = yaml.readValue(text, type);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw problem.in(file, "not a valid rule: " + e.getOriginalMessage() + where, e);
    }
    if (parsed == null) throw problem.in(file, "is empty", null);
    return parsed;
  }

  /**
   * Returns the rule's description after checking the common fields: all present, the id naming
   * the file, a CWE and at least one reference. Throws {@link IllegalArgumentException} with the
   * reason, for the caller to report with the rest of its checks.
   */
  public static RuleInfo info(String file, Fields rule) {
    String id = required("id", rule.id());
    if (!file.equals(id + ".yaml")) {
      throw new IllegalArgumentException("id '" + id + "' does not match the file name");
    }
    if (rule.cwe() == null || rule.cwe() <= 0) throw new IllegalArgumentException("cwe is missing");
    if (rule.references() == null || rule.references().isEmpty()) {
      throw new IllegalArgumentException("references must be a non-empty list");
    }
    return new RuleInfo(id, required("name", rule.name()), required("message", rule.message()),
        Severity.parse(required("severity", rule.severity())),
        Confidence.parse(required("confidence", rule.confidence())), rule.cwe(), rule.references());
  }

  /** Returns a required text field stripped; throws naming the field when it is blank. */
  public static String required(String field, String value) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is missing");
    return value.strip();
  }

  private String read(String resource) {
    try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw problem.in(resource, "not found on the class path", null);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw problem.in(resource, "cannot be read: " + e.getMessage(), e);
    }
  }
}
