package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.engine.analysis.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisoryDatabaseTest {
  private final AdvisoryDatabase database = Fixtures.database();

  @Test
  void loadsAFolderLeavingWithdrawnRecordsOut() {
    assertThat(database.size()).isEqualTo(6);
    assertThat(database.problems()).isEmpty();
    assertThat(database.matches(Ecosystem.NPM, "lodash", "4.17.21")).isEmpty();
  }

  @Test
  void matchesEachRangeOfAnAdvisory() {
    assertThat(ids(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.14.1"))
        .containsExactly("GHSA-jfh8-c2jp-5v3q");
    assertThat(ids(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.0-beta9"))
        .containsExactly("GHSA-jfh8-c2jp-5v3q");
    assertThat(ids(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.0-beta8")).isEmpty();
    assertThat(ids(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.3.1")).isEmpty();
    assertThat(ids(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.12.2")).isEmpty();
    assertThat(ids(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core", "2.15.0")).isEmpty();
  }

  @Test
  void lastAffectedIsInclusiveAndGitRangesAreIgnored() {
    assertThat(ids(Ecosystem.MAVEN, "com.example:widget", "1.4")).hasSize(1);
    assertThat(ids(Ecosystem.MAVEN, "com.example:widget", "1.4.1")).isEmpty();
    assertThat(ids(Ecosystem.MAVEN, "com.example:widget", "0.9")).isEmpty();
  }

  @Test
  void normalisesPythonNamesAndListedVersions() {
    assertThat(ids(Ecosystem.PYPI, "pyyaml", "5.3.1")).containsExactly("GHSA-8q59-q68h-6hv4");
    assertThat(ids(Ecosystem.PYPI, "PyYaml", "5.4")).isEmpty();
  }

  @Test
  void goVersionsCarryAPrefixOsvLeavesOut() {
    assertThat(ids(Ecosystem.GO, "golang.org/x/net", "v0.15.0")).containsExactly("GO-2023-2102");
    assertThat(ids(Ecosystem.GO, "golang.org/x/net", "v0.17.0")).isEmpty();
  }

  @Test
  void mergesEntriesOfOnePackageAndKeepsAffectedSymbols() {
    AffectedPackage net = database.matches(Ecosystem.GO, "golang.org/x/net", "v0.1.0").get(0).affected();
    assertThat(net.symbols()).containsExactly("golang.org/x/net/http2.Server.ServeConn");
    Advisory merged = new OsvRecordReader().read("""
        {"id": "GHSA-aaaa-bbbb-cccc", "modified": "2024-01-01T00:00:00Z", "affected": [
          {"package": {"ecosystem": "npm", "name": "x"}, "ranges": [{"type": "SEMVER",
            "events": [{"introduced": "0"}, {"fixed": "1.0.1"}]}]},
          {"package": {"ecosystem": "npm", "name": "x"}, "ranges": [{"type": "SEMVER",
            "events": [{"introduced": "2.0.0"}, {"fixed": "2.0.4"}]}]},
          {"package": {"ecosystem": "crates.io", "name": "x"}, "versions": ["1.0.0"]}]}
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
    assertThat(merged.affected()).singleElement()
        .satisfies(pkg -> assertThat(pkg.fixedVersions()).containsExactly("1.0.1", "2.0.4"));
  }

  @Test
  void findsTheSmallestFixThatIsItselfNotAffected() {
    AdvisoryMatch log4j = database.matches(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core",
        "2.11.0").get(0);
    assertThat(log4j.affected().smallestFixFor("2.11.0")).isEqualTo("2.12.2");
    assertThat(log4j.affected().smallestFixFor("2.14.1")).isEqualTo("2.15.0");
    assertThat(log4j.affected().describeAffected())
        .isEqualTo(">= 2.13.0, < 2.15.0; >= 2.0-beta9, < 2.3.1; >= 2.4, < 2.12.2");
    AdvisoryMatch widget = database.matches(Ecosystem.MAVEN, "com.example:widget", "1.2").get(0);
    assertThat(widget.affected().smallestFixFor("1.2")).isNull();
    assertThat(widget.affected().describeAffected()).isEqualTo(">= 1.0, <= 1.4");
  }

  @Test
  void readsSeverityCweAndAliases() {
    Advisory log4j = database.matches(Ecosystem.MAVEN, "org.apache.logging.log4j:log4j-core",
        "2.14.1").get(0).advisory();
    assertThat(log4j.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(log4j.rating()).isEqualTo("CVSS 10.0 (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H)");
    assertThat(log4j.cwes()).containsExactly(502, 917);
    assertThat(log4j.aliases()).containsExactly("CVE-2021-44228");
    Advisory widget = database.matches(Ecosystem.MAVEN, "com.example:widget", "1.2").get(0).advisory();
    assertThat(widget.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(widget.rating()).isEqualTo("database severity MODERATE");
    Advisory go = database.matches(Ecosystem.GO, "golang.org/x/net", "v0.1.0").get(0).advisory();
    assertThat(go.rating()).isEqualTo("no severity in the advisory");
  }

  @Test
  void loadsAZipAndListsUnreadableRecords(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("all.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      put(out, "GHSA-p6mc-m468-83gw.json",
          Files.readString(Fixtures.osvFolder().resolve("GHSA-p6mc-m468-83gw.json")));
      put(out, "broken.json", "{\"id\": ");
      put(out, "array.json", "[1, 2]");
      put(out, "README.md", "not a record");
    }
    AdvisoryDatabase zipped = AdvisoryDatabase.load(zip);
    assertThat(zipped.size()).isEqualTo(1);
    assertThat(zipped.problems()).hasSize(2);
    assertThat(zipped.problems().get(0))
        .startsWith(zip + "!broken.json: not valid JSON at line 1: Unexpected end-of-input");
    assertThat(zipped.problems().get(1)).isEqualTo(zip + "!array.json: not a JSON object");
    assertThat(zipped.matches(Ecosystem.NPM, "lodash", "4.17.15")).hasSize(1);
  }

  @Test
  void loadsZipsKeptInAFolder(@TempDir Path dir) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("npm.zip")))) {
      put(out, "GHSA-p6mc-m468-83gw.json",
          Files.readString(Fixtures.osvFolder().resolve("GHSA-p6mc-m468-83gw.json")));
    }
    Files.copy(Fixtures.osvFolder().resolve("GO-2023-2102.json"), dir.resolve("GO-2023-2102.json"));
    AdvisoryDatabase mixed = AdvisoryDatabase.load(dir);
    assertThat(mixed.size()).isEqualTo(2);
    assertThat(mixed.matches(Ecosystem.NPM, "lodash", "4.17.15")).hasSize(1);
  }

  @Test
  void keepsTheNewestCopyOfARecord(@TempDir Path dir) throws IOException {
    String record = Files.readString(Fixtures.osvFolder().resolve("GHSA-p6mc-m468-83gw.json"));
    Files.writeString(dir.resolve("a.json"), record);
    Files.writeString(dir.resolve("b.json"), record.replace("2024-02-01T00:00:00Z", "2023-01-01T00:00:00Z")
        .replace("\"fixed\": \"4.17.19\"", "\"fixed\": \"4.17.16\""));
    AdvisoryDatabase copies = AdvisoryDatabase.load(dir);
    assertThat(copies.size()).isEqualTo(1);
    assertThat(copies.matches(Ecosystem.NPM, "lodash", "4.17.18")).hasSize(1);
  }

  @Test
  void refusesPathsThatHoldNoDatabase(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> AdvisoryDatabase.load(missing))
        .isInstanceOf(AdvisoryLoadException.class)
        .hasMessage("advisory database " + missing
            + ": no such file or folder; expected a folder of OSV JSON files or a zip of them");
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> AdvisoryDatabase.load(text))
        .isInstanceOf(AdvisoryLoadException.class)
        .hasMessageStartingWith("advisory database " + text + " is not a zip archive");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> AdvisoryDatabase.load(empty))
        .hasMessage("advisory database " + empty + " holds no readable OSV record (no .json files)");
    Path debian = Files.createDirectory(dir.resolve("debian"));
    Files.writeString(debian.resolve("DSA-1.json"), """
        {"id": "DSA-1", "modified": "2024-01-01T00:00:00Z",
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "openssl"}}]}
        """);
    assertThatThrownBy(() -> AdvisoryDatabase.load(debian))
        .hasMessage("advisory database " + debian + " holds 1 OSV records but none for Maven, npm, PyPI or Go");
    Path bad = Files.createDirectory(dir.resolve("bad"));
    Files.writeString(bad.resolve("x.json"), "{}");
    assertThatThrownBy(() -> AdvisoryDatabase.load(bad))
        .hasMessage("advisory database " + bad + " holds no readable OSV record; first problem: "
            + bad.resolve("x.json") + ": has no id");
  }

  @Test
  void fingerprintChangesWithTheRecords(@TempDir Path dir) throws IOException {
    String record = Files.readString(Fixtures.osvFolder().resolve("GHSA-p6mc-m468-83gw.json"));
    Files.writeString(dir.resolve("a.json"), record);
    String before = AdvisoryDatabase.load(dir).fingerprint();
    Files.writeString(dir.resolve("a.json"), record.replace("2024-02-01", "2024-02-02"));
    assertThat(AdvisoryDatabase.load(dir).fingerprint()).isNotEqualTo(before).startsWith("1-");
  }

  private List<String> ids(Ecosystem ecosystem, String name, String version) {
    return database.matches(ecosystem, name, version).stream().map(m -> m.advisory().id()).toList();
  }

  private static void put(ZipOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    OutputStream entry = out;
    entry.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
