package dev.vigil.engine.validation;

import dev.vigil.engine.threatmodel.EntryPoint;
import dev.vigil.engine.threatmodel.MethodId;
import dev.vigil.engine.threatmodel.Reach;
import dev.vigil.engine.threatmodel.Reachability;

/**
 * Step 2: a path in the threat model's call graph from an entry point to the method holding the
 * finding, printed as the chain of methods. Reached is {@link Verdict#LIKELY}; not reached decides
 * nothing (the call graph misses framework dispatch), and code outside any method is not
 * applicable.
 */
public final class Reachable implements Validator {
  /** The step name. */
  public static final String NAME = "reachable";

  private final Reachability reachability;

  /** Creates the step over the repository's current model and call graph. */
  public Reachable(Reachability reachability) {
    this.reachability = reachability;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Proof check(ValidationTarget target, HeadSnapshot head) {
    var location = head.finding(target.fingerprint()).orElse(target.finding()).location();
    Reach reach = reachability.of(location);
    return switch (reach.status()) {
      case FROM_REMOTE_ENTRY, FROM_LOCAL_ENTRY -> {
        EntryPoint entry = reach.entryPoints().get(0);
        String chain = String.join(" -> ", reach.chain().stream().map(MethodId::label).toList());
        yield new Proof(ValidationStep.passed(NAME, entry.describe() + " (" + entry.where() + ")\n"
                + chain + (reach.entryPoints().size() > 1
                    ? "\n" + (reach.entryPoints().size() - 1) + " other entry point(s) reach it too." : "")),
            Verdict.LIKELY, "reachable from " + entry.describe() + " through "
                + String.join(" -> ", reach.chain().stream().map(MethodId::shortName).toList()));
      }
      case NOT_REACHED -> Proof.neutral(ValidationStep.failed(NAME, "No entry point of the threat "
          + "model reaches the method at " + location.path() + ":" + location.line()
          + " through the call graph."));
      case UNKNOWN -> Proof.neutral(ValidationStep.notApplicable(NAME, location.path() + ":"
          + location.line() + " is not inside a method of the call graph."));
    };
  }
}
