package dev.vigil.engine.validation;

import dev.vigil.engine.threatmodel.Reachability;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs validators over a finding in order and turns their proofs into a {@link ValidationRecord}.
 * Once a finding is known to be gone at head, the steps that need it present are recorded as not
 * run. The verdict is the first of {@link Verdict#PRECEDENCE} that some proof supports; its reason
 * adds, for a verdict short of a proof, what kept it from one (e.g. no environment).
 */
public final class Validation {
  private final List<Validator> validators;
  private final Clock clock;

  /** Creates a validation running {@code validators} in order, dating records by {@code clock}. */
  public Validation(List<Validator> validators, Clock clock) {
    this.validators = List.copyOf(validators);
    this.clock = clock;
  }

  /**
   * Returns the validation every finding gets: present at head, reachable under the model and call
   * graph of {@code reachability}, the secret check, then {@code sandboxSteps} (see {@link SandboxStep}).
   */
  public static Validation standard(Reachability reachability, List<Validator> sandboxSteps, Clock clock) {
    List<Validator> validators = new ArrayList<>(List.of(new PresentAtHead(), new Reachable(reachability),
        new SecretCheck()));
    validators.addAll(sandboxSteps);
    return new Validation(validators, clock);
  }

  /** Returns the record of {@code target} validated at {@code head}. */
  public ValidationRecord validate(ValidationTarget target, HeadSnapshot head) {
    List<Proof> proofs = new ArrayList<>();
    boolean absent = false;
    for (Validator validator : validators) {
      if (!validator.appliesTo(target.finding())) continue;
      Proof proof = absent && validator.needsPresence()
          ? Proof.neutral(ValidationStep.notApplicable(validator.name(),
              "Not run: the finding is not present at " + head.shortCommit() + "."))
          : run(validator, target, head);
      absent |= proof.verdict() == Verdict.NOT_PRESENT;
      proofs.add(proof);
    }
    Verdict verdict = Verdict.PRECEDENCE.stream()
        .filter(v -> proofs.stream().anyMatch(p -> p.verdict() == v)).findFirst()
        .orElse(Verdict.COULD_NOT_VALIDATE);
    return new ValidationRecord(verdict, reason(verdict, proofs),
        proofs.stream().map(Proof::step).toList(), clock.instant(), head.commit());
  }

  private static Proof run(Validator validator, ValidationTarget target, HeadSnapshot head) {
    long start = System.nanoTime();
    Proof proof;
    try {
      proof = validator.check(target, head);
    } catch (RuntimeException | StackOverflowError e) {
      // One broken validator costs its step, never the record.
      String why = validator.name() + " failed: " + e;
      proof = new Proof(ValidationStep.failed(validator.name(), why), Verdict.COULD_NOT_VALIDATE, why);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Proof(proof.step().withDuration(millis), proof.verdict(), proof.reason());
  }

  private static String reason(Verdict verdict, List<Proof> proofs) {
    Set<String> reasons = new LinkedHashSet<>();
    proofs.stream().filter(p -> p.verdict() == verdict).map(Proof::reason).forEach(reasons::add);
    if (verdict == Verdict.LIKELY) {
      proofs.stream().filter(p -> p.verdict() == Verdict.COULD_NOT_VALIDATE).map(Proof::reason)
          .forEach(reasons::add);
    }
    reasons.remove("");
    return reasons.isEmpty() ? "no validator could prove or disprove it" : String.join("; ", reasons);
  }
}
