package dev.vigil.cli.bench;

import dev.vigil.cli.bench.realcode.CaseMeasurement;
import dev.vigil.cli.bench.realcode.RealCodeCase;
import dev.vigil.cli.bench.realcode.RealCodeReport;
import dev.vigil.cli.bench.realcode.RealCodeScanner;
import dev.vigil.cli.bench.realrepo.CaseRepositories;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.git.ScanInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench realcode}: scans each project of the real-code precision set at its judged
 * commit with every offline analyzer, and prints findings per 10k lines of main code and the
 * precision of the judged, stratified sample; a missing repository or commit fails the run.
 */
@Command(name = "realcode", mixinStandardHelpOptions = true,
    description = {"Measures findings per 10k lines and judged precision on real projects.",
        "Exit status: 0 done, 2 when a case's repository or commit is missing."})
final class RealCodeBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cases", paramLabel = "DIR", defaultValue = "vigil-engine/src/test/resources/realcode",
      description = "Folder of judgement files (default: ${DEFAULT-VALUE}).")
  Path cases;

  @Option(names = "--repos", paramLabel = "DIR", required = true,
      description = "Folder of the repositories: DIR/OWNER+NAME/repo, DIR/NAME or DIR/NAME.git.")
  Path repos;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "11",
      description = "Seed of the sample (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--sample", paramLabel = "N",
      description = "Findings sampled per project (default: 15, or 20 from 100 findings).")
  Integer sample;

  @Override
  public Integer call() throws Exception {
    if (sample != null && sample < 1) throw new IllegalArgumentException("--sample must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CaseRepositories repositories = new CaseRepositories(repos);
    RealCodeScanner scanner = new RealCodeScanner(AnalyzerRegistry.builtIn().all());
    RealCodeReport report = new RealCodeReport(out);
    report.header(seed);
    List<CaseMeasurement> measured = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (RealCodeCase realCase : RealCodeCase.loadAll(cases)) {
      try (Repository repository = repositories.open(realCase.name(), realCase.repository())) {
        CaseMeasurement measurement = scanner.measure(realCase, repository, sample, seed);
        report.project(measurement);
        measured.add(measurement);
      } catch (ScanInputException e) {
        missing.add(e.getMessage());
      }
      out.flush();
    }
    report.total(measured);
    out.flush();
    missing.forEach(problem -> err.println("vigil: " + problem));
    return missing.isEmpty() ? 0 : dev.vigil.cli.VigilCommand.EXIT_BAD_INPUT;
  }
}
