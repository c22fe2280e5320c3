package dev.vigil.cli;

import dev.vigil.cli.bench.BenchCommand;
import dev.vigil.engine.git.ScanCancelledException;
import dev.vigil.engine.git.ScanInputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command: the entry point of the runnable jar. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VigilVersion.class,
    description = "Continuous security review of Git repositories.",
    subcommands = {ServeCommand.class, ScanCommand.class, FixCommand.class, AdvisoriesCommand.class, DigestCommand.class, ReviewCommand.class, ImportSarifCommand.class, UploadSarifCommand.class, WorkerCommand.class, ThreatModelCommand.class, DoctorCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class VigilCommand implements Runnable {
  /** Exit status when findings reach --fail-on. */
  public static final int EXIT_FINDINGS = 1;
  /** Exit status on bad input: a clear one-line message, no stack trace. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // Reports are UTF-8 whatever the platform charset: paths and messages may be any language.
    System.exit(execute(args,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs the command line with the given streams and returns the exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new VigilCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ScanInputException || e instanceof IllegalArgumentException
          || e instanceof ScanCancelledException) {
        commandLine.getErr().println("vigil: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      // Anything else is our bug: say so in one line; the trace only on request.
      commandLine.getErr().println("vigil: internal error: " + e);
      if (System.getenv("VIGIL_DEBUG") != null) e.printStackTrace(commandLine.getErr());
      return 3;
    });
    return cli.execute(args);
  }
}
