package dev.vigil.engine.analysis.java.taint;

import java.util.Set;
import java.util.regex.Pattern;

/** The kinds of model row, as read from the YAML model files. */
final class ModelRows {
  private ModelRows() {}

  /** A call or declared parameter whose value is untrusted, of a threat-model kind. */
  record Source(CallPattern call, AccessPath output, String threat, String provenance) {}

  /** Parameters carrying this annotation are untrusted, of a threat-model kind. */
  record ParameterSource(String qualifiedAnnotation, String threat, String provenance) {
    String simpleName() {
      return CallPattern.simpleName(qualifiedAnnotation);
    }
  }

  /**
   * A source call whose values cannot carry what sinks of some kinds need (a percent-encoded URI
   * or a header value holds no CR or LF): its taint starts neutralised for those kinds.
   */
  record NeutralSource(CallPattern call, Set<String> kinds, String provenance) {}

  /** Parameters bound through this annotation start neutralised for the sink kinds. */
  record NeutralParameterSource(String qualifiedAnnotation, Set<String> kinds, String provenance) {
    String simpleName() {
      return CallPattern.simpleName(qualifiedAnnotation);
    }
  }

  /**
   * A call that decodes its input (URL, Base64), so what an encoder or a neutral source had
   * neutralised for the sink kinds may be back in its result.
   */
  record Decoder(CallPattern call, Set<String> kinds, String provenance) {}

  /** A call whose input must not be tainted, for a sink kind. */
  record Sink(CallPattern call, AccessPath input, String kind, String provenance) {}

  /** A call whose result is safe for the given sink kinds ({@code all} for every kind). */
  record Sanitizer(CallPattern call, AccessPath when, Set<String> kinds, String provenance) {
    boolean coversAll() {
      return kinds.contains("all");
    }
  }

  /** A call that moves taint from an input to an output; {@code value} keeps it unchanged. */
  record Summary(CallPattern call, AccessPath input, AccessPath output, boolean value,
      String provenance) {}

  /** The type a call returns, so that chained calls can be matched. */
  record ReturnType(CallPattern call, String type, String provenance) {}

  /** A direct supertype of a library type. */
  record Supertype(String type, String supertype, String provenance) {}

  /** A call that disarms sinks of a kind in its class, when its argument text matches. */
  record Hardening(CallPattern call, Pattern arguments, String kind, String provenance) {}
}
