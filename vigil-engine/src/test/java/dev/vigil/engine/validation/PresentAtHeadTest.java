package dev.vigil.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.validation.ValidationStep.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresentAtHeadTest {
  static final ShopHistory shop = ShopHistory.shared();


  @Test
  void findingStillReportedAtHeadPassesWithItsLine() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);

    Proof proof = new PresentAtHead().check(ShopHistory.target(sql), shop.head);

    assertThat(proof.verdict()).isNull();
    assertThat(proof.step().status()).isEqualTo(Status.PASSED);
    assertThat(proof.step().output()).isEqualTo("Re-analysis of " + ShopHistory.DAO + " at "
        + shop.head.shortCommit() + " still reports java.sql-injection at line 12.");
  }

  @Test
  void findingWhoseCodeWasRemovedAtHeadIsNotPresent() {
    var command = shop.finding("java.command-injection", ShopHistory.RUNNER);
    assertThat(command.presentAtHead()).isFalse();

    Proof proof = new PresentAtHead().check(ShopHistory.target(command), shop.head);

    assertThat(proof.verdict()).isEqualTo(Verdict.NOT_PRESENT);
    assertThat(proof.step().status()).isEqualTo(Status.FAILED);
    assertThat(proof.reason()).isEqualTo("re-analysis of " + ShopHistory.RUNNER + " at "
        + shop.head.shortCommit() + " no longer reports java.command-injection: the code is gone at the head");
  }

  @Test
  void fileThatCouldNotBeAnalysedAtHeadLeavesPresenceUnknown() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);
    HeadSnapshot unreadable = new HeadSnapshot(shop.head.commit(), Map.of(),
        Map.of(ShopHistory.DAO, "larger than the size cap"));

    Proof proof = new PresentAtHead().check(ShopHistory.target(sql), unreadable);

    assertThat(proof.verdict()).isEqualTo(Verdict.COULD_NOT_VALIDATE);
    assertThat(proof.reason()).endsWith("could not be analysed at " + shop.head.shortCommit()
        + " (larger than the size cap)");
  }
}
