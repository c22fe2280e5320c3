package dev.vigil.cli;

import dev.vigil.engine.git.ScanInputException;
import dev.vigil.engine.report.SarifImportException;
import dev.vigil.server.Installation;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.ExternalFindingStore;
import dev.vigil.server.store.RepositoryRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil import-sarif FILE --repository NAME}: another tool's SARIF results as findings. */
@Command(
    name = "import-sarif",
    mixinStandardHelpOptions = true,
    description = {
        "Imports another tool's SARIF 2.1.0 results as findings of a connected repository.",
        "The log (at most 32 MiB) gives findings of external:<tool> rules; a result naming one of Vigil's own findings (same path and",
        "CWE, within 2 lines) is merged into it. Results outside the repository are skipped and listed.",
        "Exit status: 0 done, 2 bad input."})
final class ImportSarifCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InstallationOptions installation;

  @Parameters(paramLabel = "FILE", description = "The SARIF log.")
  Path file;

  @Option(names = "--repository", required = true, paramLabel = "NAME", description = "Repository the results are of.")
  String repository;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) throw new ScanInputException("no such file: " + file);
    try (Database database = installation.open(); InputStream in = Files.newInputStream(file)) {
      RepositoryRecord target = Installation.of(database, installation.data).repositoryNamed(repository);
      ExternalFindingStore.Result result;
      try {
        result = new ExternalFindingStore(database.jdbi()).importLog(target.id(), in);
      } catch (SarifImportException e) {
        throw new ScanInputException(file + ": " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("imported %s into %s: %d new, %d updated, %d merged into Vigil's own findings, %d skipped%n",
          String.join(", ", result.tools()), target.name(), result.added(), result.updated(), result.merged().size(),
          result.skipped().size());
      result.merged().forEach(m -> out.printf("merged %s at %s:%d into #%d %s%n", m.externalRuleId(), m.path(),
          m.line(), m.findingId(), m.ruleId()));
      result.skipped().forEach(reason -> out.println("skipped " + reason));
      out.flush();
    }
    return 0;
  }
}
