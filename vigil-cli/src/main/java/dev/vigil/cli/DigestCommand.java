package dev.vigil.cli;

import dev.vigil.server.Installation;
import dev.vigil.server.digest.Digest;
import dev.vigil.server.digest.DigestFormat;
import dev.vigil.server.digest.DigestService;
import dev.vigil.server.digest.Digests;
import dev.vigil.server.store.Database;
import dev.vigil.server.store.RepositoryRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil digest}: the weekly digest of an installation or one of its repositories. */
@Command(
    name = "digest",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the weekly digest of the installation's repositories, or of one.",
        "Read from the installation's database: recommended top 10, new high and critical findings, fixed findings, deferred findings now due,",
        "threat models needing review, stale scans, failing environments, false-positive rejections.",
        "Exit status: 0 done, 2 bad input."})
final class DigestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InstallationOptions installation;

  @Option(names = "--repository", paramLabel = "NAME", description = "Only this repository.")
  String repository;

  @Option(names = "--since", paramLabel = "DATE", description = "Start of the window: a date or a time (default: a week ago).")
  String since;

  @Option(names = "--format", defaultValue = "md", paramLabel = "md|html", description = "md (default) or html (with charts).")
  String format;

  @Option(names = "--url", paramLabel = "URL", description = "Base URL of links (default: the schedule's public URL, else relative).")
  String url;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the digest to FILE.")
  Path output;

  @Override
  public Integer call() throws IOException {
    DigestFormat chosen = DigestFormat.parse(format);
    try (Database database = installation.open()) {
      Installation stores = Installation.of(database, installation.data);
      List<RepositoryRecord> covered = repository == null ? stores.repositories().all()
          : List.of(stores.repositoryNamed(repository));
      DigestService digests = stores.digests(Clock.systemUTC());
      Digest digest = digests.digest(covered, since == null ? null : Digests.parseSince(since),
          url != null ? url : digests.schedule().publicUrl());
      String text = digests.write(digest, chosen);
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
      } else {
        Files.writeString(output, text, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("vigil: digest written to " + output);
      }
    }
    return 0;
  }
}
