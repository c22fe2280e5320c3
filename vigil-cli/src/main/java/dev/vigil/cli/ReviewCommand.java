package dev.vigil.cli;

import dev.vigil.engine.git.PassOptions;
import dev.vigil.server.Installation;
import dev.vigil.server.review.ReleaseChecklist;
import dev.vigil.server.review.ReleaseReview;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.RepositoryRecord;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil review --release REF}: the release review as a checklist with an exit status for CI. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
        "Re-checks high, critical and deferred findings against a release; exit 0 when all are decided.",
        "For each finding of a connected repository, at the release (a tag, branch or commit): still in",
        "its code? validated? owner? patch? Prints a checklist.",
        "An item is decided when the release does not carry it, its risk was accepted, or it is",
        "deferred to a date not yet come.",
        "Exit status: 0 every item decided, 1 items to decide, 2 bad input."})
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InstallationOptions installation;

  @Option(names = "--release", required = true, paramLabel = "REF", description = "Tag, branch or commit of the release.")
  String release;

  @Option(names = "--repository", paramLabel = "NAME",
      description = "Repository to review (may be left out when the installation has one).")
  String repository;

  @Override
  public Integer call() {
    try (Database database = installation.open()) {
      Installation stores = Installation.of(database, installation.data);
      ReleaseChecklist checklist = new ReleaseReview(stores, PassOptions.defaults(), Clock.systemUTC())
          .review(chosen(stores), release);
      PrintWriter out = spec.commandLine().getOut();
      out.print(checklist.text());
      out.flush();
      return checklist.decided() ? 0 : VigilCommand.EXIT_FINDINGS;
    }
  }

  private RepositoryRecord chosen(Installation stores) {
    if (repository != null) return stores.repositoryNamed(repository);
    List<RepositoryRecord> all = stores.repositories().all();
    if (all.size() == 1) return all.get(0);
    throw new IllegalArgumentException(all.isEmpty() ? "no repository is connected"
        : "--repository is required: the installation has " + all.size() + " repositories ("
            + String.join(", ", all.stream().map(RepositoryRecord::name).toList()) + ")");
  }
}
