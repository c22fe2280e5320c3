package dev.vigil.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.threatmodel.Reachability;
import dev.vigil.engine.validation.ValidationStep.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {
  static final ShopHistory shop = ShopHistory.shared();
  static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");


  private static Validation validation(List<Validator> sandbox) {
    return Validation.standard(new Reachability(shop.inference.model(), shop.inference.callGraph()), sandbox,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void everyFindingOfTheScanGetsARecordAtTheHeadCommit() {
    Validation validation = validation(SandboxStep.withoutEnvironment());

    List<ValidationRecord> records = shop.findings.stream()
        .map(f -> validation.validate(ShopHistory.target(f), shop.head)).toList();

    assertThat(records).hasSize(shop.findings.size()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(records).allSatisfy(record -> {
      assertThat(record.commit()).isEqualTo(shop.head.commit());
      assertThat(record.validatedAt()).isEqualTo(NOW);
      assertThat(record.steps()).extracting(ValidationStep::name)
          .startsWith(PresentAtHead.NAME, Reachable.NAME).endsWith(SandboxStep.BUILD, SandboxStep.REPRODUCE);
    });
  }

  @Test
  void reachableFindingWithoutEnvironmentIsLikelyAndSaysWhatIsMissing() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);

    ValidationRecord record = validation(SandboxStep.withoutEnvironment()).validate(ShopHistory.target(sql), shop.head);

    assertThat(record.verdict()).isEqualTo(Verdict.LIKELY);
    assertThat(record.reason()).isEqualTo("reachable from HTTP route GET /users through "
        + "UserController#find -> UserDao#find; build and reproduction need an environment; the repository has none");
    assertThat(record.steps()).extracting(ValidationStep::name, ValidationStep::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PresentAtHead.NAME, Status.PASSED),
        org.assertj.core.groups.Tuple.tuple(Reachable.NAME, Status.PASSED),
        org.assertj.core.groups.Tuple.tuple(SandboxStep.BUILD, Status.NOT_APPLICABLE),
        org.assertj.core.groups.Tuple.tuple(SandboxStep.REPRODUCE, Status.NOT_APPLICABLE));
    assertThat(record.steps().get(2).output())
        .isEqualTo("Build and reproduction need an environment; the repository has none.");
  }

  @Test
  void removedCodeIsNotPresentAndLaterStepsDoNotRun() {
    var command = shop.finding("java.command-injection", ShopHistory.RUNNER);

    ValidationRecord record = validation(SandboxStep.pendingSandbox("ci")).validate(ShopHistory.target(command), shop.head);

    assertThat(record.verdict()).isEqualTo(Verdict.NOT_PRESENT);
    assertThat(record.steps()).extracting(ValidationStep::status).containsExactly(
        Status.FAILED, Status.NOT_APPLICABLE, Status.NOT_APPLICABLE, Status.NOT_APPLICABLE);
    assertThat(record.steps().get(1).output()).isEqualTo("Not run: the finding is not present at "
        + shop.head.shortCommit() + ".");
  }

  @Test
  void withAnEnvironmentTheBuildSaysTheSandboxStepIsMissing() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);

    ValidationRecord record = validation(SandboxStep.pendingSandbox("ci")).validate(ShopHistory.target(sql), shop.head);

    assertThat(record.steps().get(2).output())
        .isEqualTo("Needs the sandbox build step, not implemented yet (environment ci).");
  }

  @Test
  void verifiedSecretAtHeadIsReproduced() {
    var token = shop.finding("secrets.github-token", ShopHistory.CONFIG);

    ValidationRecord record = validation(SandboxStep.withoutEnvironment()).validate(ShopHistory.target(token), shop.head);

    assertThat(record.verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(record.steps()).extracting(ValidationStep::name).containsExactly(PresentAtHead.NAME,
        Reachable.NAME, SecretCheck.NAME, SandboxStep.BUILD, SandboxStep.REPRODUCE);
  }

  @Test
  void brokenValidatorCostsItsStepOnly() {
    var sql = shop.finding("java.sql-injection", ShopHistory.DAO);
    Validator broken = new Validator() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Proof check(ValidationTarget target, HeadSnapshot head) {
        throw new IllegalStateException("boom");
      }
    };

    ValidationRecord record = new Validation(List.of(new PresentAtHead(), broken), Clock.systemUTC())
        .validate(ShopHistory.target(sql), shop.head);

    assertThat(record.verdict()).isEqualTo(Verdict.COULD_NOT_VALIDATE);
    assertThat(record.reason()).isEqualTo("broken failed: java.lang.IllegalStateException: boom");
    assertThat(record.steps().get(0).status()).isEqualTo(Status.PASSED);
  }
}
