package dev.vigil.cli;

import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.AdvisoryLoadException;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil advisories import}: loads OSV advisories into Vigil's store, offline. */
@Command(
    name = "advisories",
    mixinStandardHelpOptions = true,
    description = "Manages the offline vulnerability advisory database.",
    subcommands = {AdvisoriesCommand.Import.class})
final class AdvisoriesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code vigil advisories import DIR_OR_ZIP}: adds new advisories and updates changed ones. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Imports OSV advisories (a folder of OSV JSON files or a zip, as osv.dev exports them).")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR_OR_ZIP") Path source;

    @Mixin InstallationOptions installation;

    @Override
    public Integer call() {
      AdvisoryDatabase advisories;
      try {
        advisories = AdvisoryDatabase.load(source);
      } catch (AdvisoryLoadException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      try (Database database = installation.open()) {
        AdvisoryStore.ImportResult result = new AdvisoryStore(database.jdbi()).importAll(advisories.advisories());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("imported %d advisories from %s: %d new, %d updated, %d unchanged%n",
            advisories.size(), source, result.added(), result.updated(), result.unchanged());
        if (!advisories.problems().isEmpty()) {
          out.printf("skipped %d records; first: %s%n", advisories.problems().size(), advisories.problems().get(0));
        }
        out.flush();
      }
      return 0;
    }
  }
}
