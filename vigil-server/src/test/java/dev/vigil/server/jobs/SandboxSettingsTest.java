package dev.vigil.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.validation.harness.MarkerHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The cap of harness runs per scan: a default, or the number VIGIL_HARNESS_RUNS gives. */
class SandboxSettingsTest {
  static final SandboxSettings DEFAULTS = SandboxSettings.in(Path.of("data"));

  @Test
  void capDefaultsUnlessTheVariableSetsIt() {
    assertThat(DEFAULTS.harnessRuns()).isEqualTo(MarkerHarness.DEFAULT_RUNS).isEqualTo(30);
    assertThat(DEFAULTS.withHarnessRuns(null)).isEqualTo(DEFAULTS);
    assertThat(DEFAULTS.withHarnessRuns(" ").harnessRuns()).isEqualTo(30);
    assertThat(DEFAULTS.withHarnessRuns(" 5 ").harnessRuns()).isEqualTo(5);
    assertThat(DEFAULTS.withHarnessRuns("0").harnessRuns()).isZero();
  }

  @Test
  void capThatIsNotAWholeNumberIsRefusedWithTheVariablesName() {
    assertThatThrownBy(() -> DEFAULTS.withHarnessRuns("lots")).hasMessage(
        "VIGIL_HARNESS_RUNS must be a whole number of at least 0, got 'lots'");
    assertThatThrownBy(() -> DEFAULTS.withHarnessRuns("-1")).hasMessage(
        "VIGIL_HARNESS_RUNS must be a whole number of at least 0, got '-1'");
  }
}
