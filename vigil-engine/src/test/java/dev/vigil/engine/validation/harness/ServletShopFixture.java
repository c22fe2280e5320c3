package dev.vigil.engine.validation.harness;

import dev.vigil.engine.analysis.Analyzer;
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
public final class ServletShopFixture {
  public static final String SEARCH = "src/main/java/shop/UserSearchServlet.java";
  public static final String FIND = "src/main/java/shop/UserFindServlet.java";
  /** Setup fetches what the build and the harness's class path resolution need; nothing stays in the tree. */
  public static final String SETUP = "mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=/dev/null"
      + " && rm -rf target";
  public static final String BUILD = "mvn -B -q -o -DskipTests package";

  public final TestRepo repo;
  public final HeadSnapshot head;

  private ServletShopFixture(TestRepo repo, HeadSnapshot head) {
    this.repo = repo;
    this.head = head;
  }

  /** Commits the project into a new repository in {@code dir} and analyses its head. */
  public static ServletShopFixture create(Path dir) throws Exception {
    return create(dir, "/validation/servlet-shop", AnalyzerRegistry.builtIn().all());
  }

  /**
   * Commits the Maven project in the test resource folder {@code project} into a new repository in
   * {@code dir} and analyses its head with {@code analyzers}.
   */
  public static ServletShopFixture create(Path dir, String project, List<Analyzer> analyzers) throws Exception {
    TestRepo repo = TestRepo.init(dir);
    Path folder = Path.of(ServletShopFixture.class.getResource(project + "/pom.xml").toURI()).getParent();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        repo.write(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    repo.commit("Add the project");
    HeadSnapshot head = new HeadAnalysis(analyzers, new InMemoryAnalysisCache(), PassOptions.defaults())
        .at(repo.repository(), "main");
    return new ServletShopFixture(repo, head);
  }

  /** Returns the Git folder of the repository. */
  public Path gitDir() {
    return repo.repository().getDirectory().toPath();
  }

  /** Returns the head's finding of {@code ruleId} in {@code path} as a validation target. */
  public ValidationTarget target(String ruleId, String path) {
    Map.Entry<String, Finding> found = head.findings().entrySet().stream()
        .filter(e -> e.getValue().ruleId().equals(ruleId) && e.getValue().location().path().equals(path))
        .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " in " + path + " among "
            + head.all().stream().map(f -> f.ruleId() + "@" + f.location().path()).toList()));
    return new ValidationTarget(found.getKey(), found.getValue());
  }

  /** Returns every finding at the head. */
  public List<Finding> findings() {
    return List.copyOf(head.all());
  }
}
