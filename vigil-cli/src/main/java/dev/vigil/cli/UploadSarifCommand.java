package dev.vigil.cli;

import dev.vigil.server.Installation;
import dev.vigil.server.github.CodeScanning;
import dev.vigil.server.github.GitHubException;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.RepositoryRecord;
import dev.vigil.server.store.ScanRecord;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil upload-sarif --repository NAME [--scan ID]}: a scan's findings to GitHub code scanning. */
@Command(
    name = "upload-sarif",
    mixinStandardHelpOptions = true,
    description = {
        "Uploads a done scan's SARIF to GitHub code scanning (POST /repos/{owner}/{repo}/code-scanning/sarifs).",
        "The repository must be linked to GitHub (PUT /api/v1/repositories/{id}/github) and have a token as its credential.",
        "The log lists the findings present at the scan's head; GitHub closes the alerts it no longer lists.",
        "Exit status: 0 uploaded, 2 bad input or GitHub refused."})
final class UploadSarifCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InstallationOptions installation;

  @Option(names = "--repository", required = true, paramLabel = "NAME", description = "Repository whose scan to upload.")
  String repository;

  @Option(names = "--scan", paramLabel = "ID", description = "Scan to upload (default: the repository's newest done scan).")
  Long scan;

  @Override
  public Integer call() {
    try (Database database = installation.open()) {
      Installation vigil = Installation.of(database, installation.data);
      RepositoryRecord target = vigil.repositoryNamed(repository);
      long scanId = scan != null ? scan : vigil.scans().forRepository(target.id()).stream()
          .filter(s -> ScanRecord.DONE.equals(s.state())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("repository " + target.name() + " has no done scan")).id();
      if (scan != null && vigil.scans().find(scanId).map(s -> s.repositoryId() != target.id()).orElse(true)) {
        throw new IllegalArgumentException("no scan " + scanId + " of repository " + target.name());
      }
      CodeScanning.SarifUpload upload;
      try {
        upload = vigil.codeScanning(Clock.systemUTC()).upload(scanId);
      } catch (GitHubException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("uploaded scan %d of %s to GitHub code scanning: %s%n", scanId, target.name(), upload.url());
      out.flush();
    }
    return 0;
  }
}
