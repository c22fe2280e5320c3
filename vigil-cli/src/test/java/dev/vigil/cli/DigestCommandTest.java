package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil digest} reads the installation's database: the same digest as the API. */
class DigestCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheDigestOfOneRepositoryInMarkdownOrHtml() throws Exception {
    Path data = dir.resolve("data");
    SeededInstallation.seed(data, "shop", dir.resolve("shop").toString(), List.of(
        SeededInstallation.finding("java.sql-injection", 89, Severity.CRITICAL, "src/Orders.java", 12, "a".repeat(40)),
        SeededInstallation.finding("java.weak-hash", 328, Severity.MEDIUM, "src/Hash.java", 3, "a".repeat(40))), i -> {});

    ScanCommandTest.Run md = ScanCommandTest.vigil("digest", "--data", data.toString(), "--repository", "shop",
        "--url", "https://vigil.example.org");
    Path html = dir.resolve("digest.html");
    ScanCommandTest.Run written = ScanCommandTest.vigil("digest", "--data", data.toString(), "--format", "html",
        "--since", "2020-01-01", "--output", html.toString());

    assertThat(md.status()).as(md.err()).isZero();
    assertThat(md.out()).startsWith("# Vigil weekly digest, ")
        .contains("## [shop](https://vigil.example.org/repositories/1)")
        .contains("### Recommended top 10\n\n1. **critical** [#1](https://vigil.example.org/findings/1) "
            + "`java.sql-injection` in `src/Orders.java:12`")
        .contains("### New high and critical findings (1)")
        .contains("### Scans\n\n- [Stale](https://vigil.example.org/repositories/1/scans): Never scanned: create a scan.");
    assertThat(written.status()).as(written.err()).isZero();
    assertThat(written.err()).isEqualTo("vigil: digest written to " + html + "\n");
    assertThat(Files.readString(html)).startsWith("<!doctype html>").contains("<svg").contains("Open findings by severity");
  }

  @Test
  void anUnknownRepositoryOrFormatIsABadInput() throws Exception {
    Path data = dir.resolve("data");
    SeededInstallation.seed(data, "shop", "/srv/shop", List.of(), i -> {});

    ScanCommandTest.Run unknown = ScanCommandTest.vigil("digest", "--data", data.toString(), "--repository", "shoe");
    ScanCommandTest.Run format = ScanCommandTest.vigil("digest", "--data", data.toString(), "--format", "pdf");
    ScanCommandTest.Run since = ScanCommandTest.vigil("digest", "--data", data.toString(), "--since", "yesterday");

    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("vigil: no repository named 'shoe'; known: shop\n");
    assertThat(format.err()).isEqualTo("vigil: unknown digest format 'pdf': expected md or html\n");
    assertThat(since.err()).startsWith("vigil: since must be a date like 2024-01-31");
  }
}
