package dev.vigil.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The description of one rule of an analyzer, for reports: id, short name, the message that says
 * what, why and how to fix, default severity, confidence, CWE and references.
 */
public record RuleInfo(
    String id,
    String name,
    String description,
    Severity severity,
    Confidence confidence,
    int cwe,
    List<String> references) {

  public RuleInfo {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(confidence, "confidence == null");
    references = List.copyOf(references);
  }
}
