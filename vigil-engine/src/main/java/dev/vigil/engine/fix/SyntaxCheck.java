package dev.vigil.engine.fix;

import dev.vigil.engine.validation.ValidationStep;
import java.util.ArrayList;
import java.util.List;

/** Checks that every Java file a patch changes still parses (a cheap guard before any build). */
public final class SyntaxCheck {
  /** The step's name. */
  public static final String NAME = "parses";

  private SyntaxCheck() {}

  /** Returns the step: passed when every changed {@code .java} file parses, failed naming those that do not. */
  public static ValidationStep of(RemediationPatch patch) {
    List<String> broken = new ArrayList<>();
    int java = 0;
    for (FileEdit edit : patch.edits()) {
      if (!edit.path().endsWith(".java")) continue;
      java++;
      if (JavaUnit.parse(edit.path(), edit.after()).isEmpty()) broken.add(edit.path());
    }
    if (java == 0) return ValidationStep.notApplicable(NAME, "The patch changes no Java file.");
    return broken.isEmpty()
        ? ValidationStep.passed(NAME, "The " + java + " patched Java file(s) parse.")
        : ValidationStep.failed(NAME, "The patched file(s) no longer parse: " + String.join(", ", broken) + ".");
  }
}
