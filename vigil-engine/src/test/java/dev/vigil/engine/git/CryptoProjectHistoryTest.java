package dev.vigil.engine.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.java.crypto.CryptoAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crypto findings whose algorithm name is another file's constant come and go at exactly the
 * commits where a from-scratch analysis of each commit's tree finds them, even when the commit
 * changed only the file that declares the constant.
 */
class CryptoProjectHistoryTest {
  private static final String CONFIG = "src/app/config/CryptoConfig.java";
  private static final String NAMES = "src/app/web/Names.java";
  private static final String USER = "src/app/web/Hasher.java";

  private static final Map<String, List<String>> VARIANTS = Map.of(
      CONFIG, Arrays.asList(null, config("SHA-256"), config("MD5"),
          "package app.config; class CryptoConfig { void broken( }"),
      NAMES, Arrays.asList(null, "package app.web; class Names { static final String HASH = \"MD5\"; }",
          "package app.web; class Names { static final String HASH = \"SHA-512\"; }"),
      USER, Arrays.asList(null, user("CryptoConfig.HASH_ALGORITHM"), user("Names.HASH"),
          user("HASH_ALGORITHM")));

  @TempDir Path dir;

  @Test
  void findingAppearsAndGoesWithTheOtherFilesConstant() throws Exception {
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(CONFIG, 1, USER, 1), "strong digest"));
      commits.add(apply(repo, Map.of(CONFIG, 2), "configuration switches to MD5"));
      commits.add(apply(repo, Map.of("src/app/Noise.java", 0), "unrelated change"));
      commits.add(apply(repo, Map.of(CONFIG, 1), "configuration switches back"));
      ScanResult result = pass(repo, commits.size());

      assertThat(result.findings()).singleElement().satisfies(f -> {
        assertThat(f.finding().ruleId()).isEqualTo("java.weak-hash");
        assertThat(f.finding().location().path()).isEqualTo(USER);
        assertThat(f.finding().evidence().get(0).location().path()).isEqualTo(CONFIG);
        assertThat(f.introducedIn().sha()).isEqualTo(commits.get(1).name());
        assertThat(f.fixedIn().sha()).isEqualTo(commits.get(3).name());
        assertThat(f.commitsPresent()).isEqualTo(2);
      });
      FromScratchHistory.assertPassMatchesAtEveryCommit(CryptoAnalyzer.withBuiltInRules(),
          repo.repository(), commits, result);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void randomHistoriesMatchAFromScratchAnalysisOfEachCommit(long seed) throws Exception {
    Random random = new Random(seed);
    try (TestRepo repo = TestRepo.init(dir)) {
      List<RevCommit> commits = new ArrayList<>();
      commits.add(apply(repo, Map.of(CONFIG, 1, USER, 1, NAMES, 1), "start"));
      List<String> files = List.copyOf(new TreeMap<>(VARIANTS).keySet());
      for (int i = 0; i < 20; i++) {
        Map<String, Integer> change = new HashMap<>();
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
          String file = files.get(random.nextInt(files.size()));
          change.put(file, random.nextInt(VARIANTS.get(file).size()));
        }
        change.put("src/app/Noise" + i + ".java", 0);
        commits.add(apply(repo, change, "commit " + i));
      }
      FromScratchHistory.assertPassMatchesAtEveryCommit(CryptoAnalyzer.withBuiltInRules(),
          repo.repository(), commits, pass(repo, commits.size()));
    }
  }

  private static ScanResult pass(TestRepo repo, int commits) {
    return new CommitPass(List.of(CryptoAnalyzer.withBuiltInRules()), new InMemoryAnalysisCache(),
        PassOptions.defaults()).run(repo.repository(), HistoryWindow.lastCommits("main", commits),
        ScanListener.NONE, () -> false);
  }

  /** Sets each file to a variant (or a noise file when not one of the variants) and commits. */
  private static RevCommit apply(TestRepo repo, Map<String, Integer> variants, String message)
      throws Exception {
    for (var change : variants.entrySet()) {
      List<String> versions = VARIANTS.get(change.getKey());
      String text = versions == null ? "package app; class Noise { int n; }" : versions.get(change.getValue());
      if (text != null) {
        repo.write(change.getKey(), text);
      } else if (Files.exists(repo.dir().resolve(change.getKey()))) {
        repo.delete(change.getKey());
      }
    }
    return repo.commit(message);
  }

  /** Returns the configuration class with {@code algorithm}; shared with other history tests. */
  static String config(String algorithm) {
    return """
        package app.config;
        public final class CryptoConfig {
          public static final String HASH_ALGORITHM = "%s";
        }
        """.formatted(algorithm);
  }

  /** Returns the class hashing with {@code argument}; shared with other history tests. */
  static String user(String argument) {
    return """
        package app.web;
        import app.config.CryptoConfig;
        import static app.config.CryptoConfig.HASH_ALGORITHM;
        import java.security.MessageDigest;
        class Hasher {
          byte[] hash(byte[] data) throws Exception {
            return MessageDigest.getInstance(%s).digest(data);
          }
        }
        """.formatted(argument);
  }
}
