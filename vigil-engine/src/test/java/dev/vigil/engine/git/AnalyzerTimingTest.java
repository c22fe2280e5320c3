package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Analyzer;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.python.PythonTaintAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pass reports each analyzer's working time, per-file and project analyzers alike, without changing findings. */
class AnalyzerTimingTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void perFileAndProjectAnalyzersReportTheirTime(int threads) throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      repo.write("a.txt", "VULN:one\n").write("app.py", "import os\nos.system(input())\n").commit("one");
      repo.write("b.txt", "line\n").commit("two");
      List<Analyzer> analyzers = List.of(new MarkerAnalyzer(), PythonTaintAnalyzer.withBuiltInModels());
      Map<String, Long> spent = new ConcurrentHashMap<>();
      List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
      PassOptions options = PassOptions.defaults().withThreads(threads);
      HistoryWindow window = HistoryWindow.lastCommits("main", 10);

      ScanResult timed = new CommitPass(analyzers, new InMemoryAnalysisCache(), options)
          .withTiming((id, nanos) -> {
            spent.merge(id, nanos, Long::sum);
            calls.add(id);
          })
          .run(repo.repository(), window, ScanListener.NONE, () -> false);
      ScanResult plain = new CommitPass(analyzers, new InMemoryAnalysisCache(), options)
          .run(repo.repository(), window, ScanListener.NONE, () -> false);

      assertThat(spent.keySet()).containsExactlyInAnyOrder(new MarkerAnalyzer().id(), PythonTaintAnalyzer.withBuiltInModels().id());
      assertThat(spent.values()).allMatch(nanos -> nanos > 0);
      assertThat(calls.stream().filter(new MarkerAnalyzer().id()::equals)).as("a.txt, app.py, b.txt: one run each")
          .hasSize(3);
      assertThat(timed.findings()).isEqualTo(plain.findings());
    }
  }
}
