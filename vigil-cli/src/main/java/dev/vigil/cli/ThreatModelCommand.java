package dev.vigil.cli;

import dev.vigil.engine.git.GitRepositories;
import dev.vigil.engine.git.ScanInputException;
import dev.vigil.engine.threatmodel.Inference;
import dev.vigil.engine.threatmodel.SourceTree;
import dev.vigil.engine.threatmodel.ThreatModelInference;
import dev.vigil.engine.threatmodel.ThreatModelYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil threat-model}: prints the threat model inferred from a repository, as YAML. */
@Command(
    name = "threat-model",
    mixinStandardHelpOptions = true,
    description = {
        "Prints the threat model inferred from a repository as YAML (format: docs/threat-model.md).",
        "Reads the commit at HEAD of a Git repository, or the files of a plain folder.",
        "Files that could not be read are listed on stderr.",
        "Exit status: 0 done, 2 bad input."})
final class ThreatModelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "Repository or folder.")
  Path path;

  @Option(names = "--working-tree",
      description = "Read the files on disk, uncommitted changes included, instead of HEAD.")
  boolean workingTree;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the model to FILE.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(path)) {
      throw new ScanInputException(Files.exists(path) ? "not a directory: " + path
          : "no such directory: " + path);
    }
    Inference inference;
    if (workingTree || RepositoryCache.FileKey.resolve(path.toFile(), FS.DETECTED) == null) {
      inference = new ThreatModelInference().infer(SourceTree.ofFolder(path));
    } else {
      try (Repository repository = GitRepositories.open(path)) {
        if (repository.resolve("HEAD") == null) {
          throw new ScanInputException("no commits in " + path
              + " (use --working-tree to read the files on disk)");
        }
        inference = new ThreatModelInference().infer(SourceTree.ofCommit(repository, "HEAD"));
      }
    }
    String yaml = new ThreatModelYaml().write(inference.model());
    PrintWriter err = spec.commandLine().getErr();
    inference.problems().forEach(problem -> err.println("vigil: skipped " + problem));
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      out.write(yaml);
      out.flush();
    } else {
      Files.writeString(output, yaml, StandardCharsets.UTF_8);
      err.println("vigil: threat model written to " + output);
    }
    return 0;
  }
}
