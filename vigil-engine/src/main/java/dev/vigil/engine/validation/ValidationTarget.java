package dev.vigil.engine.validation;

import dev.vigil.engine.analysis.Finding;
import java.util.Objects;

/** A finding to validate: its fingerprint (as the scan computed it) and what the analyzer reported. */
public record ValidationTarget(String fingerprint, Finding finding) {
  public ValidationTarget {
    Objects.requireNonNull(fingerprint, "fingerprint == null");
    Objects.requireNonNull(finding, "finding == null");
  }
}
