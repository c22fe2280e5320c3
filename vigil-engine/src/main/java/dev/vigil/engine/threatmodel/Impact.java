package dev.vigil.engine.threatmodel;

import java.util.List;
import java.util.Objects;

/**
 * A finding's impact written from the model: the entry points that reach it (best first) and the
 * call chain from the first, the boundaries it crosses, the sensitive data it touches, and one or
 * two sentences saying so.
 */
public record Impact(Reach reach, List<BoundaryKind> boundaries, List<SensitiveData> sensitiveData,
    String text) {
  public Impact {
    Objects.requireNonNull(reach, "reach == null");
    boundaries = List.copyOf(boundaries);
    sensitiveData = List.copyOf(sensitiveData);
    Objects.requireNonNull(text, "text == null");
  }
}
