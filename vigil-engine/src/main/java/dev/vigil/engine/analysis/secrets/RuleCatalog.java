package dev.vigil.engine.analysis.secrets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.analysis.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads secrets rules from the class path: {@code rules/secrets/index.txt} lists one rule file
 * per line (blank lines and {@code #} comments ignored), each {@code rules/secrets/<id>.yaml}. An
 * index works inside a shaded jar, where a folder cannot be listed. Any problem fails the load
 * with an {@link InvalidRuleException} naming the file and the reason.
 */
final class RuleCatalog {
  static final String FOLDER = "rules/secrets/";
  static final String INDEX = FOLDER + "index.txt";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private final Validators validators;

  RuleCatalog(Validators validators) {
    this.validators = validators;
  }

  /** Returns every rule listed in the class path index, in index order. */
  List<SecretRule> loadBuiltIn() {
    List<SecretRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String file : indexEntries(read(INDEX))) {
      SecretRule rule = parse(file, read(FOLDER + file));
      if (!ids.add(rule.id())) throw new InvalidRuleException(file, "duplicate rule id", null);
      rules.add(rule);
    }
    if (rules.isEmpty()) throw new InvalidRuleException(INDEX, "lists no rule files", null);
    return rules;
  }

  /** Returns the file names an index lists. */
  static List<String> indexEntries(String index) {
    return index.lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** Parses and checks one rule file; {@code file} is its name, used in errors and id checks. */
  SecretRule parse(String file, String text) {
    if (text.isBlank()) throw new InvalidRuleException(file, "is empty", null);
    RuleDefinition definition;
    try {
      definition = yaml.readValue(text, RuleDefinition.class);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new InvalidRuleException(file, "not a valid rule: " + e.getOriginalMessage() + where, e);
    }
    if (definition == null) throw new InvalidRuleException(file, "is empty", null);
    try {
      return compile(file, definition);
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleException(file, e.getMessage(), e);
    }
  }

  private SecretRule compile(String file, RuleDefinition d) {
    String id = required("id", d.id());
    if (!file.equals(id + ".yaml")) {
      throw new IllegalArgumentException("id '" + id + "' does not match the file name");
    }
    if (!id.startsWith("secrets.")) throw new IllegalArgumentException("id must start with 'secrets.'");
    if (d.cwe() == null || d.cwe() <= 0) throw new IllegalArgumentException("cwe is missing");
    List<String> keywords = nonEmpty("keywords", d.keywords()).stream()
        .map(k -> k.toLowerCase(Locale.ROOT)).toList();
    Pattern regex = compilePattern("regex", required("regex", d.regex()));
    int group = d.secretGroup() == null ? 0 : d.secretGroup();
    int groups = regex.matcher("").groupCount();
    if (group < 0 || group > groups) {
      throw new IllegalArgumentException(
          "secretGroup " + group + " is not a group of the regex (it has " + groups + ")");
    }
    double minEntropy = d.minEntropy() == null ? 0 : d.minEntropy();
    if (minEntropy < 0 || minEntropy > 8) {
      throw new IllegalArgumentException("minEntropy must be between 0 and 8 bits per character");
    }
    List<Pattern> allow = new ArrayList<>();
    for (String pattern : d.allow() == null ? List.<String>of() : d.allow()) {
      allow.add(compilePattern("allow pattern", pattern));
    }
    RuleInfo info = new RuleInfo(id, required("name", d.name()), required("message", d.message()),
        Severity.parse(required("severity", d.severity())),
        Confidence.parse(required("confidence", d.confidence())), d.cwe(),
        nonEmpty("references", d.references()));
    SecretValidator validator = d.validator() == null ? null : validators.named(d.validator());
    Set<TextKind> skip = EnumSet.noneOf(TextKind.class);
    for (String kind : d.skip() == null ? List.<String>of() : d.skip()) skip.add(TextKind.named(kind));
    return new SecretRule(info, keywords, regex, group, minEntropy, validator, allow, skip,
        Boolean.TRUE.equals(d.fallback()));
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is missing");
    return value.strip();
  }

  private static List<String> nonEmpty(String field, List<String> values) {
    if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
      throw new IllegalArgumentException(field + " must be a non-empty list of non-blank strings");
    }
    return values;
  }

  private static Pattern compilePattern(String field, String pattern) {
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(field + " does not compile: " + e.getDescription()
          + " near index " + e.getIndex(), e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new InvalidRuleException(resource, "not found on the class path", null);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidRuleException(resource, "cannot be read: " + e.getMessage(), e);
    }
  }
}
