package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @TempDir Path dir;

  @Test
  void everyCheckPassesOnAMachineWithGitJavaAndAWorkingSandbox() {
    Path data = dir.resolve("data");
    ScanCommandTest.Run run = ScanCommandTest.vigil("doctor", "--data", data.toString());

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out().lines()).hasSize(4);
    assertThat(run.out()).containsPattern("(?m)^OK    git         git version \\d")
        .containsPattern("(?m)^OK    java        Java 1\\d|^OK    java        Java [2-9]\\d")
        .containsPattern("(?m)^OK    bubblewrap  bubblewrap started a sandbox without network; limits by cgroup v[12]")
        .contains("OK    data        " + data.toAbsolutePath() + " is writable");
    assertThat(data).isDirectory();
  }

  @Test
  void aMissingBubblewrapAndAnUnwritableDataFolderFailWithHints() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    ScanCommandTest.Run run = ScanCommandTest.vigil("doctor", "--data", file.resolve("data").toString(),
        "--bwrap", dir.resolve("bwrap").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL  bubblewrap  bubblewrap not found (" + dir.resolve("bwrap") + ")",
        "hint: install the package bubblewrap (Debian, Ubuntu: apt-get install bubblewrap)",
        "FAIL  data        cannot write in " + file.resolve("data"),
        "hint: choose another folder with --data")
        .containsPattern("(?m)^OK    git ");
  }
}
