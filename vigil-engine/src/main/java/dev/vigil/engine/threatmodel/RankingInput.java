package dev.vigil.engine.threatmodel;

import dev.vigil.engine.analysis.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What ranking needs besides the model: the finding (rule, severity, confidence, location,
 * excerpt, evidence), its validation state, and the reasons recorded on rejected findings with
 * the same {@link CodeShape} (its rejected look-alikes; the finding itself excluded).
 */
public record RankingInput(Finding finding, ValidationState validation,
    List<String> rejectedLookAlikes) {

  public RankingInput {
    Objects.requireNonNull(finding, "finding == null");
    Objects.requireNonNull(validation, "validation == null");
    rejectedLookAlikes = List.copyOf(rejectedLookAlikes);
  }

  /** Returns the input of an open, unvalidated finding with no rejected look-alike. */
  public static RankingInput of(Finding finding) {
    return new RankingInput(finding, ValidationState.NOT_VALIDATED, List.of());
  }

  /** Returns this input with another validation state. */
  public RankingInput withValidation(ValidationState state) {
    return new RankingInput(finding, state, rejectedLookAlikes);
  }

  /** Returns this input with these rejected look-alikes' reasons. */
  public RankingInput withRejectedLookAlikes(List<String> reasons) {
    return new RankingInput(finding, validation, reasons);
  }
}
