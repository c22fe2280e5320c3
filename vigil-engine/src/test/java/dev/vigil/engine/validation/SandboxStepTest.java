package dev.vigil.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.Location;
import dev.vigil.engine.analysis.Severity;
import dev.vigil.engine.validation.ValidationStep.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxStepTest {
  private static final ValidationTarget TARGET = new ValidationTarget("fp", new Finding("java.xss", 79,
      Severity.HIGH, Confidence.HIGH, "xss", Location.line("src/A.java", 3), "out.print(x)", null, List.of()));
  private static final HeadSnapshot HEAD = new HeadSnapshot("0123456789abcdef", Map.of(), Map.of());

  @Test
  void withoutAnEnvironmentBuildAndReproductionSayTheyNeedOne() {
    List<Proof> proofs = SandboxStep.withoutEnvironment().stream().map(v -> v.check(TARGET, HEAD)).toList();

    assertThat(proofs).extracting(p -> p.step().name()).containsExactly(SandboxStep.BUILD, SandboxStep.REPRODUCE);
    assertThat(proofs).allSatisfy(p -> {
      assertThat(p.step().status()).isEqualTo(Status.NOT_APPLICABLE);
      assertThat(p.verdict()).isEqualTo(Verdict.COULD_NOT_VALIDATE);
      assertThat(p.reason()).isEqualTo("build and reproduction need an environment; the repository has none");
    });
  }

  @Test
  void withAnEnvironmentTheyNameTheMissingSandboxStep() {
    List<Proof> proofs = SandboxStep.pendingSandbox("ci").stream().map(v -> v.check(TARGET, HEAD)).toList();

    assertThat(proofs.get(0).step().output()).isEqualTo("Needs the sandbox build step, not implemented yet (environment ci).");
    assertThat(proofs.get(1).step().output()).isEqualTo("Needs the sandbox build step, not implemented yet: "
        + "the marker harness runs on the build's output.");
    assertThat(proofs).allSatisfy(p -> assertThat(p.step().command()).isNull());
  }
}
