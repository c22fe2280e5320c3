package dev.vigil.engine.validation.harness;

import dev.vigil.engine.analysis.AnalyzerRegistry;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.git.PassOptions;
import dev.vigil.engine.git.TestRepo;
import dev.vigil.engine.validation.HeadAnalysis;
import dev.vigil.engine.validation.HeadSnapshot;
import dev.vigil.engine.validation.ValidationTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Git repository (JGit) of a small Maven servlet project, committed from the test resources
 * under {@code validation/servlet-shop}: {@code UserSearchServlet} concatenates a request parameter
 * into its SQL (a real injection), {@code UserFindServlet} keeps only letters and digits of it first
 * (safe, but the scanner reports it). Its environment downloads the dependencies in setup and
 * builds offline.
 */
final class ServletShopFixture {
  static final String SEARCH = "src/main/java/shop/UserSearchServlet.java";
  static final String FIND = "src/main/java/shop/UserFindServlet.java";
  /** Setup fetches what the build and the harness's class path resolution need; nothing stays in the tree. */
  static final String SETUP = "mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=/dev/null"
      + " && rm -rf target";
  static final String BUILD = "mvn -B -q -o -DskipTests package";

  final TestRepo repo;
  final HeadSnapshot head;

  private ServletShopFixture(TestRepo repo, HeadSnapshot head) {
    this.repo = repo;
    this.head = head;
  }

  /** Commits the project into a new repository in {@code dir} and analyses its head. */
  static ServletShopFixture create(Path dir) throws Exception {
    TestRepo repo = TestRepo.init(dir);
    Path project = Path.of(ServletShopFixture.class.getResource("/validation/servlet-shop/pom.xml").toURI()).getParent();
    try (Stream<Path> files = Files.walk(project)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        repo.write(project.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    repo.commit("Add the user servlets");
    var analyzers = AnalyzerRegistry.builtIn().all();
    HeadSnapshot head = new HeadAnalysis(analyzers, new InMemoryAnalysisCache(), PassOptions.defaults())
        .at(repo.repository(), "main");
    return new ServletShopFixture(repo, head);
  }

  /** Returns the Git folder of the repository. */
  Path gitDir() {
    return repo.repository().getDirectory().toPath();
  }

  /** Returns the head's finding of {@code ruleId} in {@code path} as a validation target. */
  ValidationTarget target(String ruleId, String path) {
    Map.Entry<String, Finding> found = head.findings().entrySet().stream()
        .filter(e -> e.getValue().ruleId().equals(ruleId) && e.getValue().location().path().equals(path))
        .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " in " + path + " among "
            + head.all().stream().map(f -> f.ruleId() + "@" + f.location().path()).toList()));
    return new ValidationTarget(found.getKey(), found.getValue());
  }

  /** Returns every finding at the head. */
  List<Finding> findings() {
    return List.copyOf(head.all());
  }
}
