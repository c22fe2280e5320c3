package dev.vigil.engine.validation;

import dev.vigil.engine.analysis.Finding;

/**
 * One kind of proof about a finding. Implementations are stateless for a repository and its head,
 * thread-safe, and never run the repository's code: what needs that belongs to the sandbox. {@link
 * #check} may throw a runtime exception; {@link Validation} then records the step as failed with
 * the error and goes on.
 */
public interface Validator {
  /** Returns the step name this validator records, e.g. {@code present-at-head}. */
  String name();

  /** Returns true if this kind of proof applies to {@code finding} (the secret check to secrets). */
  default boolean appliesTo(Finding finding) {
    return true;
  }

  /** Returns true if the step only makes sense while the finding is present at the head. */
  default boolean needsPresence() {
    return true;
  }

  /** Returns what this validator established about {@code target} at {@code head}. */
  Proof check(ValidationTarget target, HeadSnapshot head);
}
