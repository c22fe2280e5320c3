package dev.vigil.engine.analysis;

import java.util.Objects;

/**
 * One step of the evidence for a finding: where it happens, the code there, and what happens
 * (for a taint finding, one hop of the data flow from source to sink).
 */
public record EvidenceStep(Location location, String code, String description) {
  public EvidenceStep {
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(description, "description == null");
    code = code == null ? "" : code;
  }

  EvidenceStep withPath(String path) {
    return new EvidenceStep(location.withPath(path), code, description);
  }
}
