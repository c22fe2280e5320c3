package dev.vigil.server.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.store.FindingRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestion after a false positive: the threat model's scope, or the environment. */
class RejectionAdviceTest {
  private static FindingRecord at(String path) {
    return new FindingRecord(1, 1, "fp", "java.xss", 79, "medium", "high", "m", path, 3, null, null, null,
        true, 1, "rejected", null, null, false, null, Instant.EPOCH, Instant.EPOCH, List.of(), List.of(), List.of());
  }

  @Test
  void codeThatDoesNotShipIsScopedOutByItsFolder() {
    assertThat(RejectionAdvice.suggest(at("web/src/test/java/A.java"), "false alarm"))
        .isEqualTo("Adjust the threat model's scope: add \"web/src/test/**\" to out-of-scope (or list web/src/test/ "
            + "in .vigilignore) so code that does not ship stops ranking.");
    assertThat(RejectionAdvice.suggest(at("vendor/lib/x.js"), null)).contains("\"vendor/**\"");
  }

  @Test
  void unreachableCodeAsksForTheThreatModelAndConfigurationForTheEnvironment() {
    assertThat(RejectionAdvice.suggest(at("src/main/java/Admin.java"), "Only admins reach this, internal tool"))
        .startsWith("Adjust the threat model's scope: record why src/main/java/Admin.java is beyond an attacker's reach");
    assertThat(RejectionAdvice.suggest(at("src/main/java/Dev.java"), "Disabled by the production profile"))
        .startsWith("Adjust the environment: build and test with the configuration that ships");
    assertThat(RejectionAdvice.suggest(at("src/main/java/Shop.java"), "wrong"))
        .isEqualTo("If src/main/java/ is outside what an attacker reaches, adjust the threat model's scope; "
            + "if the finding depends on configuration, adjust the environment.");
  }
}
