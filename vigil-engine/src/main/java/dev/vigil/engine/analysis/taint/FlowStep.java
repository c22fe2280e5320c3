package dev.vigil.engine.analysis.taint;

import dev.vigil.engine.analysis.EvidenceStep;
import java.util.Objects;

/** One hop of a data flow: its kind, where it happens, and what happens in words. */
record FlowStep(Kind kind, Span span, String description) {
  /** The kinds of hop, named as in evidence descriptions. */
  enum Kind {
    SOURCE("source"), PROPAGATION("propagation"), CALL("call"), RETURN("return"),
    SANITIZER("sanitizer-bypass"), SINK("sink");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  FlowStep {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(span, "span == null");
  }

  /** Returns the step as evidence; the description starts with the kind. */
  EvidenceStep evidence() {
    return new EvidenceStep(span.location(), span.code(), kind.label + ": " + description);
  }
}
