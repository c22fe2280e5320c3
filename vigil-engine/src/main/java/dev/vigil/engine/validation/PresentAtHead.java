package dev.vigil.engine.validation;

/**
 * Step 1: the finding's fingerprint is still reported by a fresh analysis of the branch head. A
 * finding gone at head is {@link Verdict#NOT_PRESENT}; one whose file could not be analysed there
 * stays unknown.
 */
public final class PresentAtHead implements Validator {
  /** The step name. */
  public static final String NAME = "present-at-head";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsPresence() {
    return false;
  }

  @Override
  public Proof check(ValidationTarget target, HeadSnapshot head) {
    var finding = target.finding();
    String where = finding.location().path();
    var seen = head.finding(target.fingerprint());
    if (seen.isPresent()) {
      return Proof.neutral(ValidationStep.passed(NAME, "Re-analysis of " + where + " at "
          + head.shortCommit() + " still reports " + finding.ruleId() + " at line "
          + seen.get().location().line() + "."));
    }
    String unanalysed = head.unanalysed().get(where);
    if (unanalysed != null) {
      String why = where + " could not be analysed at " + head.shortCommit() + " (" + unanalysed + ")";
      return new Proof(ValidationStep.failed(NAME, why + "."), Verdict.COULD_NOT_VALIDATE, why);
    }
    String gone = "re-analysis of " + where + " at " + head.shortCommit() + " no longer reports "
        + finding.ruleId() + ": the code is gone at the head";
    return new Proof(ValidationStep.failed(NAME, capitalised(gone) + "."), Verdict.NOT_PRESENT, gone);
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
