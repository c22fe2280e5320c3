package dev.vigil.cli.bench;

import dev.vigil.cli.VigilCommand;
import dev.vigil.cli.bench.realrepo.CaseRepositories;
import dev.vigil.cli.bench.realrepo.CommitScans;
import dev.vigil.cli.bench.realworld.CaseOutcome;
import dev.vigil.cli.bench.realworld.HeadDensity;
import dev.vigil.cli.bench.realworld.RealWorldCase;
import dev.vigil.cli.bench.realworld.RealWorldReport;
import dev.vigil.cli.bench.realworld.RealWorldScanner;
import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.git.ScanInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench realworld}: for each published vulnerability of the real-world set, runs the
 * history pass over the window ending at its fix commit and tells whether Vigil found it with the
 * right fixed-in commit; then prints recall per CWE and findings per 10k lines on the newest tree
 * of each repository. A missing repository or commit, or a case whose fix does not change its
 * files, fails the run after the others are measured.
 */
@Command(name = "realworld", mixinStandardHelpOptions = true,
    description = {"Measures recall on published vulnerabilities of real projects, with fixed-in commits.",
        "Exit status: 0 done, 2 when a case's repository or commit is missing or its files are not"
            + " changed by its fix."})
final class RealWorldBenchmark implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cases", paramLabel = "FILE-or-DIR",
      defaultValue = "vigil-engine/src/test/resources/realworld",
      description = "A case file, or a folder of them (default: ${DEFAULT-VALUE}).")
  Path cases;

  @Option(names = "--repos", paramLabel = "DIR", required = true,
      description = "Folder of the repositories: DIR/OWNER+NAME/repo, DIR/NAME or DIR/NAME.git.")
  Path repos;

  @Option(names = "--window", paramLabel = "N", defaultValue = "40",
      description = "First-parent commits scanned, ending at the fix commit (default: ${DEFAULT-VALUE}).")
  int window;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CaseRepositories repositories = new CaseRepositories(repos);
    CommitScans scans = new CommitScans(AnalyzerRegistry.builtIn().all());
    RealWorldScanner scanner = new RealWorldScanner(scans, window);
    RealWorldReport report = new RealWorldReport(out);
    report.header(window);
    List<CaseOutcome> outcomes = new ArrayList<>();
    List<HeadDensity> heads = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, List<RealWorldCase>> byRepository = RealWorldCase.loadAll(cases).stream()
        .collect(Collectors.groupingBy(RealWorldCase::repository, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<String, List<RealWorldCase>> entry : byRepository.entrySet()) {
      String first = entry.getValue().get(0).id();
      try (Repository repository = repositories.open(first, entry.getKey())) {
        // One cache per repository: a blob shared by several windows is analysed once.
        InMemoryAnalysisCache cache = new InMemoryAnalysisCache();
        for (RealWorldCase realCase : entry.getValue()) {
          try {
            CaseOutcome outcome = scanner.assess(realCase, repository, cache);
            report.outcome(outcome);
            outcomes.add(outcome);
            if (!outcome.filesNotChanged().isEmpty()) {
              problems.add(realCase.id() + ": the fix does not change " + outcome.filesNotChanged());
            }
          } catch (ScanInputException e) {
            problems.add(e.getMessage());
          }
          out.flush();
        }
        heads.add(newestTree(scans, entry.getKey(), repository, cache));
      } catch (ScanInputException e) {
        problems.add(e.getMessage());
      }
    }
    if (!outcomes.isEmpty()) report.perCwe(outcomes);
    report.density(heads);
    out.flush();
    problems.forEach(problem -> spec.commandLine().getErr().println("vigil: " + problem));
    return problems.isEmpty() ? 0 : VigilCommand.EXIT_BAD_INPUT;
  }

  private static HeadDensity newestTree(CommitScans scans, String name, Repository repository,
      InMemoryAnalysisCache cache) throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) throw new ScanInputException(name + ": the repository has no HEAD commit");
    RevCommit newest = CaseRepositories.commit(repository, name, head.name());
    int findings = scans.window(repository, newest, 1, cache).findings().size();
    return new HeadDensity(name, newest.name(), CommitScans.mainLines(repository, newest, name), findings);
  }
}
