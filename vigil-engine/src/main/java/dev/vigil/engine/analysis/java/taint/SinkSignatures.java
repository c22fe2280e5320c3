package dev.vigil.engine.analysis.java.taint;

import java.util.Arrays;
import java.util.List;

/**
 * The sink methods of the built-in Java taint models as a running program sees them, for the
 * validation harness that hooks them: the class (binary name), whether its subclasses count, the
 * method ({@code <init>} for a constructor) and its number of parameters (-1 for any).
 */
public final class SinkSignatures {
  /** One sink method of a kind. */
  public record Signature(String type, boolean subtypes, String method, int arity) {
    /** Returns true if the sink is a constructor. */
    public boolean constructor() {
      return method.equals("<init>");
    }
  }

  private final List<ModelRows.Sink> sinks;

  private SinkSignatures(List<ModelRows.Sink> sinks) {
    this.sinks = sinks;
  }

  /** Returns the sinks of the models that ship with Vigil. */
  public static SinkSignatures builtIn() {
    return new SinkSignatures(ModelCatalog.builtIn().allSinks());
  }

  /** Returns the sink methods of {@code kind} (e.g. {@code sql-injection}), without duplicates. */
  public List<Signature> of(String kind) {
    return sinks.stream()
        .filter(s -> Arrays.stream(s.kind().split(" when ")[0].split(",")).map(String::strip).anyMatch(kind::equals))
        .map(ModelRows.Sink::call)
        .filter(c -> !c.type().isEmpty() && !c.type().contains("#"))
        // the JVM loads every class through ClassLoader: hooks there would flood the record
        .filter(c -> !c.qualifiedType().equals("java.lang.ClassLoader"))
        .map(c -> new Signature(c.qualifiedType(), c.subtypes(),
            c.constructor() ? "<init>" : c.method(), c.arity()))
        .distinct().toList();
  }
}
