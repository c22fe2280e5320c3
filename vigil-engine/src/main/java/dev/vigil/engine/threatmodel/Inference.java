package dev.vigil.engine.threatmodel;

import java.util.List;
import java.util.Objects;

/**
 * What inference found in a tree: the draft model, the call graph of the repository's own Java
 * code (which ranking and validation reuse), and the files that could not be read or parsed, each
 * with the reason.
 */
public record Inference(ThreatModel model, CallGraph callGraph, List<String> problems) {
  public Inference {
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(callGraph, "callGraph == null");
    problems = List.copyOf(problems);
  }
}
