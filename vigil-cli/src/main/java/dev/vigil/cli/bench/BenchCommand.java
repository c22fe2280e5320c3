package dev.vigil.cli.bench;

import picocli.CommandLine.Command;

/** {@code vigil bench}: benchmarks that print figures; none of them asserts anything. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Runs a benchmark and prints its figures.",
    subcommands = {HistoryBenchmark.class, JavaBenchmark.class, PythonBenchmark.class,
        JavaScriptBenchmark.class, FindingsBenchmark.class, RealCodeBenchmark.class,
        RealWorldBenchmark.class, WorkerBenchmark.class})
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
