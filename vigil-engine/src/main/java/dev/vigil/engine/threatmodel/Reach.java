package dev.vigil.engine.threatmodel;

import java.util.List;
import java.util.Objects;

/**
 * Whether an entry point of the model reaches a finding's code through the call graph: the best
 * entry point (a remote one first, then the shortest chain) and the chain of methods from its
 * handler to the method holding the finding; both empty when none does.
 */
public record Reach(Status status, List<EntryPoint> entryPoints, List<MethodId> chain) {
  /** How the code is reached. */
  public enum Status {
    /** From an HTTP route, upload, webhook or message listener. */
    FROM_REMOTE_ENTRY,
    /** Only from command-line arguments or a scheduled job. */
    FROM_LOCAL_ENTRY,
    /** Inside methods of the call graph that no entry point reaches. */
    NOT_REACHED,
    /** Not inside a method of the call graph (configuration, build files, field initialisers...). */
    UNKNOWN
  }

  public Reach {
    Objects.requireNonNull(status, "status == null");
    entryPoints = List.copyOf(entryPoints);
    chain = List.copyOf(chain);
  }
}
