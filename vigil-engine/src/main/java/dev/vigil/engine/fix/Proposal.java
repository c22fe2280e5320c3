package dev.vigil.engine.fix;

import java.util.Objects;

/** What remediation offers for a finding: a patch, or the reason no safe automatic fix exists. */
public sealed interface Proposal {
  /** A patch that fixes the finding. */
  record Fixed(RemediationPatch patch) implements Proposal {
    public Fixed {
      Objects.requireNonNull(patch, "patch == null");
    }
  }

  /** No patch: a reason a person can act on (what the fix needs that cannot be done safely here). */
  record Refused(String reason) implements Proposal {
    public Refused {
      Objects.requireNonNull(reason, "reason == null");
      if (reason.isBlank()) throw new IllegalArgumentException("a refusal needs a reason");
    }
  }

  /** Returns a refusal with {@code reason}. */
  static Proposal refused(String reason) {
    return new Refused(reason);
  }
}
