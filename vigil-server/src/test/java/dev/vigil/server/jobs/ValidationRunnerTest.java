package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.store.FindingRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which findings a scan validates again. */
class ValidationRunnerTest {
  @Test
  void findingsAtHeadAreValidatedUnlessRejected() {
    assertThat(ValidationRunner.needsValidation(finding(true, "open", "likely"))).isTrue();
    assertThat(ValidationRunner.needsValidation(finding(true, "accepted", null))).isTrue();
    assertThat(ValidationRunner.needsValidation(finding(true, "rejected", "likely"))).isFalse();
  }

  @Test
  void findingsGoneFromHeadAreValidatedOnceMore() {
    assertThat(ValidationRunner.needsValidation(finding(false, "fixed", "reproduced"))).isTrue();
    assertThat(ValidationRunner.needsValidation(finding(false, "fixed", null))).isTrue();
    assertThat(ValidationRunner.needsValidation(finding(false, "fixed", "not-present"))).isFalse();
  }

  private static FindingRecord finding(boolean presentAtHead, String status, String verdict) {
    return new FindingRecord(1, 1, "f", "java.xss", 79, "high", "high", "m", "A.java", 1, "x", null, null,
        presentAtHead, 1, status, null, null, false, verdict, Instant.EPOCH, Instant.EPOCH, List.of(), List.of(),
        List.of());
  }
}
