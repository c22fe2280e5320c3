package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoriesCommandTest {
  @TempDir Path dir;

  static String record(String id, String modified) {
    return "{\"schema_version\": \"1.6.0\", \"id\": \"" + id + "\", \"modified\": \"" + modified + "\","
        + " \"summary\": \"Test advisory\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\","
        + " \"name\": \"left-pad\"}, \"ranges\": [{\"type\": \"SEMVER\", \"events\": [{\"introduced\": \"0\"},"
        + " {\"fixed\": \"1.3.0\"}]}]}]}";
  }

  @Test
  void importAddsThenUpdatesOnlyChangedRecords() throws Exception {
    Path osv = Files.createDirectories(dir.resolve("osv"));
    Files.writeString(osv.resolve("A.json"), record("GHSA-aaaa-bbbb-cccc", "2024-01-01T00:00:00Z"));
    Files.writeString(osv.resolve("B.json"), record("GHSA-dddd-eeee-ffff", "2024-01-01T00:00:00Z"));
    String data = dir.resolve("data").toString();

    ScanCommandTest.Run first = ScanCommandTest.vigil("advisories", "import", osv.toString(), "--data", data);
    Files.writeString(osv.resolve("B.json"), record("GHSA-dddd-eeee-ffff", "2024-06-01T00:00:00Z"));
    ScanCommandTest.Run second = ScanCommandTest.vigil("advisories", "import", osv.toString(), "--data", data);

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo("imported 2 advisories from " + osv + ": 2 new, 0 updated, 0 unchanged\n");
    assertThat(second.out()).isEqualTo("imported 2 advisories from " + osv + ": 0 new, 1 updated, 1 unchanged\n");
  }

  @Test
  void importOfNothingUsableIsABadInput() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    ScanCommandTest.Run run = ScanCommandTest.vigil("advisories", "import", empty.toString(),
        "--data", dir.resolve("data").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("vigil: advisory database " + empty
        + " holds no readable OSV record (no .json files)");
  }
}
