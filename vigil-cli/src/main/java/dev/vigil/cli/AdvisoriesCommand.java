package dev.vigil.cli;

import dev.vigil.engine.analysis.deps.AdvisoryDatabase;
import dev.vigil.engine.analysis.deps.AdvisoryLoadException;
import dev.vigil.server.store.AdvisoryStore;
import dev.vigil.server.store.Database;
import dev.vigil.engine.analysis.deps.Ecosystem;
import dev.vigil.server.jobs.AdvisoryUpdate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil advisories import|update}: loads OSV advisories into Vigil's store, from a file or osv.dev. */
@Command(
    name = "advisories",
    mixinStandardHelpOptions = true,
    description = "Manages the offline vulnerability advisory database.",
    subcommands = {AdvisoriesCommand.Import.class, AdvisoriesCommand.Update.class})
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

  /** {@code vigil advisories update [--ecosystem Maven,npm,PyPI,Go] [--url BASE]}: downloads OSV's exports and imports them. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = {"Downloads OSV's exports (BASE/<ecosystem>/all.zip, as osv.dev publishes them) over HTTPS,",
          "checks each is whole and readable, and imports it. Progress goes to stderr.",
          "BASE defaults to VIGIL_OSV_URL, else " + AdvisoryUpdate.DEFAULT_BASE + "."})
  static final class Update implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin InstallationOptions installation;

    @Option(names = "--ecosystem", split = ",", paramLabel = "NAME",
        description = "Maven, npm, PyPI and/or Go, comma-separated (default: all four).")
    List<String> ecosystems;

    @Option(names = "--url", paramLabel = "BASE", description = "Where the exports are (a mirror of osv.dev's bucket).")
    String url;

    @Option(names = "--no-progress", description = "Do not print download progress.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
      List<Ecosystem> chosen = AdvisoryUpdate.ecosystems(ecosystems);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path work = Files.createTempDirectory("vigil-osv");
      try (Database database = installation.open()) {
        AdvisoryUpdate update = new AdvisoryUpdate(url != null ? url : System.getenv("VIGIL_OSV_URL"),
            new AdvisoryStore(database.jdbi()));
        for (Ecosystem ecosystem : chosen) {
          long[] shown = {0};
          AdvisoryUpdate.Outcome outcome = update.update(ecosystem, work, (name, done, total) -> {
            if (noProgress || done - shown[0] < (1 << 20) && done != total) return;
            shown[0] = done;
            err.printf("\r%s: %,d%s KiB", name, done / 1024, total < 0 ? "" : String.format(" of %,d", total / 1024));
            err.flush();
          });
          if (!noProgress) err.println();
          out.printf("%s: %d advisories (%,d bytes): %d new, %d updated, %d unchanged%n", outcome.ecosystem(),
              outcome.advisories(), outcome.bytes(), outcome.imported().added(), outcome.imported().updated(),
              outcome.imported().unchanged());
          if (!outcome.problems().isEmpty()) {
            out.printf("%s: skipped %d records; first: %s%n", outcome.ecosystem(), outcome.problems().size(),
                outcome.problems().get(0));
          }
          out.flush();
        }
      } finally {
        Files.deleteIfExists(work);
      }
      return 0;
    }
  }
}
