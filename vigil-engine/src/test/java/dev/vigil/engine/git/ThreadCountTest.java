package dev.vigil.engine.git;

import static dev.vigil.engine.git.CryptoProjectHistoryTest.config;
import static dev.vigil.engine.git.CryptoProjectHistoryTest.user;
import static dev.vigil.engine.git.ProjectHistoryTest.entry;
import static dev.vigil.engine.git.ProjectHistoryTest.repo;
import static dev.vigil.engine.git.ProjectHistoryTest.service;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.secrets.TokenChecksums;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pass finds the same whatever its number of worker threads: on random histories of a small
 * project that every built-in analyzer reads (flows across files, crypto constants from other
 * files, secrets, workflows, files that do not parse), a one-thread pass and a four-thread pass
 * agree finding by finding, commit by commit, and on every file they could not analyse.
 */
class ThreadCountTest {
  private static final String TOKEN = TokenChecksums.fakeToken("ghp_", new Random(42));

  /** Versions of each file; null means the file is absent. */
  private static final Map<String, List<String>> VARIANTS = new TreeMap<>(Map.of(
      "src/app/web/Entry.java", Arrays.asList(null,
          entry("Service.handle(request.getParameter(\"q\"));"),
          entry("Service.handle(\"constant\");"),
          entry("Service.handle(request.getParameter(\"q\")); Service.audit(request.getHeader(\"h\"));"),
          "package app.web; class Entry { void broken( }"),
      "src/app/svc/Service.java", Arrays.asList(null,
          service("Repo.query(\"SELECT * FROM t WHERE v = '\" + v + \"'\");"),
          service("Repo.query(\"SELECT 1\");"),
          service("Repo.run(v);"),
          service("last = v; Repo.query(\"SELECT 2\");")),
      "src/app/data/Repo.java", Arrays.asList(null,
          repo("connection.createStatement().execute(sql);"),
          repo("connection.createStatement().execute(app.svc.Service.last);"),
          repo("connection.prepareStatement(\"SELECT 1\").execute();")),
      "src/app/config/CryptoConfig.java", Arrays.asList(null, config("SHA-256"), config("MD5")),
      "src/app/web/Hasher.java", Arrays.asList(null, user("CryptoConfig.HASH_ALGORITHM"),
          user("\"SHA1\"")),
      "config/app.properties", Arrays.asList(null, "name=demo\n",
          "name=demo\ngithub.token=" + TOKEN + "\n"),
      ".github/workflows/ci.yml", Arrays.asList(null, workflow("actions/checkout@v4"),
          workflow("actions/checkout@main"))));

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void oneThreadAndFourThreadsFindTheSameOnARandomHistory(long seed) throws Exception {
    Random random = new Random(seed);
    List<String> files = List.copyOf(VARIANTS.keySet());
    try (TestRepo repo = TestRepo.init(dir)) {
      for (String file : files) write(repo, file, 1);
      repo.commit("start");
      for (int i = 0; i < 40; i++) {
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
          String file = files.get(random.nextInt(files.size()));
          write(repo, file, random.nextInt(VARIANTS.get(file).size()));
        }
        repo.write("src/app/Noise" + random.nextInt(5) + ".java",
            "package app; class Noise { int n = " + i + "; }");
        repo.commit("commit " + i);
      }
      ScanResult one = pass(repo, 1);
      ScanResult four = pass(repo, 4);

      assertThat(one.findings()).extracting(f -> f.finding().ruleId()).contains(
          "java.sql-injection", "java.weak-hash");
      assertThat(four.findings()).usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(one.findings());
      assertThat(four.skipped()).containsExactlyInAnyOrderElementsOf(one.skipped());
      assertThat(four.stats().analyzerRuns()).isEqualTo(one.stats().analyzerRuns());
      assertThat(four.stats().cacheHits()).isEqualTo(one.stats().cacheHits());
    }
  }

  private static ScanResult pass(TestRepo repo, int threads) {
    return new CommitPass(AnalyzerRegistry.builtIn().all(), new InMemoryAnalysisCache(),
        PassOptions.defaults().withThreads(threads)).run(repo.repository(),
        HistoryWindow.lastCommits("main", 41), ScanListener.NONE, () -> false);
  }

  private static void write(TestRepo repo, String file, int variant) throws Exception {
    String text = VARIANTS.get(file).get(variant);
    if (text != null) {
      repo.write(file, text);
    } else if (java.nio.file.Files.exists(repo.dir().resolve(file))) {
      repo.delete(file);
    }
  }

  private static String workflow(String checkout) {
    return """
        name: ci
        on: pull_request_target
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: %s
                with:
                  ref: ${{ github.event.pull_request.head.sha }}
              - run: ./build.sh
        """.formatted(checkout);
  }
}
