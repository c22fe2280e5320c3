package dev.vigil.server.forge;

import dev.vigil.engine.analysis.EvidenceStep;
import dev.vigil.engine.validation.ValidationStep;
import dev.vigil.server.store.FindingRecord;
import dev.vigil.server.store.PatchStore.PatchRecord;
import java.util.List;
import java.util.Optional;

/**
 * The description of a fix's pull request, in GitHub's Markdown, for code owners who do not use
 * Vigil: what was found and where, the evidence and data flow step by step, why the patch fixes it,
 * the patch's validation record with each step's output, and the regression test when the
 * validation wrote one. Text from the repository (code, outputs) is fenced, so it renders as code
 * and mentions nobody; the whole stays under GitHub's limit of 65,536 characters.
 */
public final class PullRequestBody {
  /** Steps whose name starts with this carry the regression test (failing before, passing after). */
  static final String REGRESSION_STEP = "regression";
  private static final int MAX_OUTPUT_CHARS = 3000;
  private static final int MAX_BODY_CHARS = 60_000;

  private PullRequestBody() {}

  /** Returns the title of the pull request: the fix commit's subject. */
  public static String title(FindingRecord finding) {
    return "Fix " + finding.ruleId() + " in " + finding.path() + ":" + finding.line();
  }

  /** Returns the body of the pull request of {@code patch}, which fixes {@code finding}. */
  public static String of(FindingRecord finding, PatchRecord patch) {
    StringBuilder body = new StringBuilder()
        .append("Vigil found **").append(finding.ruleId()).append("** (").append(finding.severity())
        .append(", CWE-").append(finding.cwe()).append(", ").append(finding.confidence()).append(" confidence) in `")
        .append(finding.path()).append(':').append(finding.line()).append("`.\n\n")
        .append(fenced(finding.message(), "text"))
        .append("\n### Why this change fixes it\n\n").append(patch.rationale().strip()).append("\n");
    for (String note : patch.notes()) body.append("\n> **Note:** ").append(note.strip()).append("\n");
    body.append("\n### Evidence and data flow\n\n");
    if (finding.evidence().isEmpty()) body.append("No evidence steps were recorded.\n");
    int number = 1;
    for (EvidenceStep step : finding.evidence()) {
      body.append(number++).append(". ").append(step.description()).append(" (`").append(step.location().path())
          .append(':').append(step.location().line()).append("`)\n");
      if (step.code() != null && !step.code().isBlank()) body.append(indent(fenced(step.code().strip(), "")));
    }
    body.append("\n### Patch validation: ").append(patch.validation().verdict().label()).append("\n\n")
        .append("| Step | Result |\n|---|---|\n");
    for (ValidationStep step : patch.validation().steps()) {
      body.append("| ").append(step.name()).append(" | ").append(step.status().label()).append(" |\n");
    }
    for (ValidationStep step : patch.validation().steps()) {
      if (step.output().isBlank()) continue;
      body.append("\n<details><summary>").append(step.name()).append(": ").append(step.status().label())
          .append("</summary>\n\n").append(fenced(clip(step.output()), "text")).append("\n</details>\n");
    }
    body.append("\n### Regression test\n\n").append(regressionTest(patch.validation().steps())
        .map(step -> "The validation added a regression test that fails before the patch and passes after it ("
            + step.status().label() + "):\n\n" + fenced(clip(step.output()), "text"))
        .orElse("None: this fix allows no regression test in the project's own test folder, or the validation "
            + "could not run one; the validation record above is the evidence.\n"));
    body.append("\n---\nVigil finding ").append(finding.id()).append(" · fingerprint `").append(finding.fingerprint())
        .append("` · proposed by ").append(patch.proposedBy())
        .append(patch.editedBy() == null ? "" : ", edited by " + patch.editedBy())
        .append(", approved by ").append(patch.approvedBy()).append('\n');
    return body.length() <= MAX_BODY_CHARS ? body.toString()
        : body.substring(0, MAX_BODY_CHARS) + "\n\n… (cut to fit GitHub's limit; the full record is in Vigil)\n";
  }

  /** Returns the step that ran the regression test, if the validation had one. */
  static Optional<ValidationStep> regressionTest(List<ValidationStep> steps) {
    return steps.stream().filter(s -> s.name().startsWith(REGRESSION_STEP)).findFirst();
  }

  /** Returns {@code text} in a code fence longer than any run of backticks inside it. */
  static String fenced(String text, String language) {
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n";
  }

  private static String indent(String text) {
    return text.lines().map(line -> "   " + line).reduce("", (a, b) -> a + b + "\n");
  }

  private static String clip(String output) {
    return output.length() <= MAX_OUTPUT_CHARS ? output
        : output.substring(0, MAX_OUTPUT_CHARS) + "\n… (" + (output.length() - MAX_OUTPUT_CHARS) + " more characters)";
  }
}
