package dev.vigil.engine.threatmodel;

import java.util.Objects;

/** A fact that supports the repository type: what was seen ({@code signal}) and in which file. */
public record TypeEvidence(String signal, String path) {
  public TypeEvidence {
    Objects.requireNonNull(signal, "signal == null");
    Objects.requireNonNull(path, "path == null");
  }
}
