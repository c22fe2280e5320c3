package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Confidence;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Manifests analysed as a project: versions a pom inherits from its parents or imports from a BOM
 * in the tree, and versions a Gradle build takes from {@code gradle.properties}, are found and
 * reported in the manifest that declares the dependency.
 */
class DependencyProjectTest {
  private static final String LOG4J = "GHSA-jfh8-c2jp-5v3q|Maven:org.apache.logging.log4j:log4j-core";
  private static final String JACKSON = "GHSA-8888-9999-aaaa|Maven:com.fasterxml.jackson.core:jackson-databind";

  private final DependencyAnalyzer analyzer = new DependencyAnalyzer(Fixtures.database());
  private final ProjectSession session = analyzer.openSession(new InMemoryAnalysisCache());

  private ProjectSession.Update analyse(Map<String, String> files) {
    files.forEach((path, text) -> session.put(new AnalysisContext(path, "blob:" + text.hashCode(),
        text.getBytes(StandardCharsets.UTF_8))));
    return session.analyse();
  }

  static String pom(String coordinates, String parent, String body) {
    String[] gav = coordinates.split(":");
    return "<project>\n" + (parent == null ? "" : parent + "\n")
        + "  <groupId>" + gav[0] + "</groupId><artifactId>" + gav[1] + "</artifactId><version>" + gav[2]
        + "</version>\n" + body + "\n</project>\n";
  }

  static String parent(String coordinates, String relativePath) {
    String[] gav = coordinates.split(":");
    return "  <parent><groupId>" + gav[0] + "</groupId><artifactId>" + gav[1] + "</artifactId><version>"
        + gav[2] + "</version>" + (relativePath == null ? "" : "<relativePath>" + relativePath
        + "</relativePath>") + "</parent>";
  }

  static String dependency(String key, String version) {
    String[] ga = key.split(":");
    return "    <dependency>\n      <groupId>" + ga[0] + "</groupId>\n      <artifactId>" + ga[1]
        + "</artifactId>\n" + (version == null ? "" : "      <version>" + version + "</version>\n")
        + "    </dependency>";
  }

  static String dependencies(String... entries) {
    return "  <dependencies>\n" + String.join("\n", entries) + "\n  </dependencies>";
  }

  static String managed(String... entries) {
    return "  <dependencyManagement>\n" + dependencies(entries) + "\n  </dependencyManagement>";
  }

  static String bomImport(String coordinates) {
    String[] gav = coordinates.split(":");
    return "    <dependency><groupId>" + gav[0] + "</groupId><artifactId>" + gav[1]
        + "</artifactId><version>" + gav[2] + "</version><type>pom</type><scope>import</scope></dependency>";
  }

  @Test
  void versionManagedByTheParentIsReportedInTheChildThatUsesIt() {
    String child = pom("com.example:app:1", parent("com.example:parent:1", null),
        dependencies(dependency("org.apache.logging.log4j:log4j-core", null)));
    ProjectSession.Update update = analyse(Map.of(
        "pom.xml", pom("com.example:parent:1", null,
            managed(dependency("org.apache.logging.log4j:log4j-core", "2.14.1"))),
        "app/pom.xml", child));

    assertThat(update.failures()).isEmpty();
    assertThat(update.findings().get("app/pom.xml")).singleElement().satisfies(f -> {
      assertThat(f.contextKey()).isEqualTo(LOG4J);
      assertThat(f.location().path()).isEqualTo("app/pom.xml");
      assertThat(f.location().line()).isEqualTo(7);
      assertThat(f.excerpt()).isEqualTo("<artifactId>log4j-core</artifactId>");
      assertThat(f.message()).startsWith("org.apache.logging.log4j:log4j-core 2.14.1 is affected by");
      assertThat(f.evidence().get(1)).satisfies(step -> {
        assertThat(step.location().path()).isEqualTo("pom.xml");
        assertThat(step.location().line()).isEqualTo(8);
        assertThat(step.description())
            .isEqualTo("parent pom.xml manages org.apache.logging.log4j:log4j-core at 2.14.1");
        assertThat(step.code()).isEqualTo("<version>2.14.1</version>");
      });
    });
    // The parent reports its own managed entry; the child alone knows no version.
    assertThat(update.findings().get("pom.xml")).extracting(Finding::contextKey).containsExactly(LOG4J);
    assertThat(analyzer.analyze(new AnalysisContext("app/pom.xml", "b",
        child.getBytes(StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void propertyFromAParentFoundByCoordinatesGivesTheVersionUnlessTheChildOverridesIt() {
    String parentPom = pom("com.example:parent:1", null,
        "  <properties><log4j.version>2.14.1</log4j.version></properties>");
    String uses = dependencies(dependency("org.apache.logging.log4j:log4j-core", "${log4j.version}"));
    ProjectSession.Update update = analyse(Map.of(
        "build/parent/pom.xml", parentPom,
        "app/pom.xml", pom("com.example:app:1", parent("com.example:parent:1", null), uses),
        "fixed/pom.xml", pom("com.example:fixed:1", parent("com.example:parent:1", null),
            "  <properties><log4j.version>2.15.0</log4j.version></properties>\n" + uses)));

    assertThat(update.findings().get("fixed/pom.xml")).isEmpty();
    assertThat(update.findings().get("app/pom.xml")).singleElement().satisfies(f -> {
      assertThat(f.contextKey()).isEqualTo(LOG4J);
      assertThat(f.excerpt()).isEqualTo("<version>${log4j.version}</version>");
      assertThat(f.evidence()).extracting(step -> step.description()).contains(
          "parent build/parent/pom.xml sets ${log4j.version}, giving version 2.14.1");
    });
  }

  @Test
  void bomImportManagesVersionsButTheChildsOwnManagementWins() {
    ProjectSession.Update update = analyse(Map.of(
        "bom/pom.xml", pom("com.example:bom:2", null, managed(
            dependency("com.fasterxml.jackson.core:jackson-databind", "2.9.10"),
            dependency("org.apache.logging.log4j:log4j-core", "2.14.1"))),
        "app/pom.xml", pom("com.example:app:1", null,
            managed(bomImport("com.example:bom:${project.version}"),
                dependency("org.apache.logging.log4j:log4j-core", "2.17.1"))
                .replace("${project.version}", "2")
            + "\n" + dependencies(dependency("com.fasterxml.jackson.core:jackson-databind", null),
                dependency("org.apache.logging.log4j:log4j-core", null)))));

    assertThat(update.findings().get("app/pom.xml")).singleElement().satisfies(f -> {
      assertThat(f.contextKey()).isEqualTo(JACKSON);
      assertThat(f.evidence()).extracting(step -> step.description()).contains(
          "BOM bom/pom.xml manages com.fasterxml.jackson.core:jackson-databind at 2.9.10");
    });
  }

  @Test
  @Timeout(10)
  void cyclicParentsAreASkipReasonNotALoop() {
    String uses = dependencies(dependency("org.apache.logging.log4j:log4j-core", "2.14.1"));
    ProjectSession.Update update = analyse(Map.of(
        "a/pom.xml", pom("com.example:a:1", parent("com.example:b:1", "../b/pom.xml"), uses),
        "b/pom.xml", pom("com.example:b:1", parent("com.example:a:1", "../a"), uses)));

    assertThat(update.failures()).containsOnlyKeys("a/pom.xml", "b/pom.xml");
    assertThat(update.failures().get("a/pom.xml")).isEqualTo(
        "dev.vigil.engine.analysis.deps.ManifestException: pom.xml parents form a cycle: "
            + "a/pom.xml -> b/pom.xml -> a/pom.xml; Maven refuses such a build, so its versions are"
            + " not resolved");
    assertThat(update.findings().get("a/pom.xml")).isEmpty();
  }

  @Test
  @Timeout(10)
  void selfImportingBomIsASkipReasonForThePomThatNeedsIt() {
    ProjectSession.Update update = analyse(Map.of(
        "bom/pom.xml", pom("com.example:bom:2", null, managed(bomImport("com.example:bom:2"),
            dependency("com.fasterxml.jackson.core:jackson-databind", "2.9.10"))),
        "app/pom.xml", pom("com.example:app:1", null, managed(bomImport("com.example:bom:2")) + "\n"
            + dependencies(dependency("com.fasterxml.jackson.core:jackson-databind", null)))));

    assertThat(update.failures()).containsOnlyKeys("app/pom.xml");
    assertThat(update.failures().get("app/pom.xml")).endsWith("pom.xml BOM imports form a cycle: "
        + "app/pom.xml imports bom/pom.xml imports bom/pom.xml; Maven refuses such a build, so its"
        + " versions are not resolved");
    assertThat(update.findings().get("bom/pom.xml")).extracting(Finding::contextKey)
        .containsExactly(JACKSON);
  }

  @Test
  @Timeout(10)
  void parentChainDeeperThanTheCapIsRefused() {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      files.put("m" + i + "/pom.xml", pom("com.example:m" + i + ":1",
          parent("com.example:m" + (i + 1) + ":1", "../m" + (i + 1)), ""));
    }
    ProjectSession.Update update = analyse(files);
    assertThat(update.failures().get("m0/pom.xml")).endsWith(
        "pom.xml has more than 16 parents in the repository; refused as hostile");
    assertThat(update.failures()).doesNotContainKey("m39/pom.xml");
  }

  @Test
  void gradleVersionsComeFromTheBuildsOwnFolderThenTheRootProperties() {
    ProjectSession.Update update = analyse(Map.of(
        "gradle.properties", "log4jVersion=2.14.1\nwidgetVersion=2.0\n",
        "lib/gradle.properties", "# nearest wins\nwidgetVersion = 1.2\n",
        "lib/build.gradle", """
            dependencies {
              implementation "org.apache.logging.log4j:log4j-core:$log4jVersion"
              implementation "com.example:widget:${widgetVersion}"
            }
            """,
        "other/build.gradle", """
            def log4jVersion = '2.17.1'
            dependencies {
              implementation "org.apache.logging.log4j:log4j-core:$log4jVersion"
              implementation "com.example:widget:${widgetVersion}"
            }
            """));

    assertThat(update.findings().get("other/build.gradle")).isEmpty();
    List<Finding> lib = update.findings().get("lib/build.gradle");
    assertThat(lib).extracting(f -> f.location().line() + " " + f.message().substring(0, f.message().indexOf(" is ")))
        .containsExactly("2 org.apache.logging.log4j:log4j-core 2.14.1", "3 com.example:widget 1.2");
    assertThat(lib.get(1).evidence()).extracting(step -> step.location().path() + ":"
        + step.location().line() + " " + step.description())
        .contains("lib/gradle.properties:2 lib/gradle.properties sets widgetVersion = 1.2");
  }

  @Test
  void subprojectBuildsSeeTheRootBuildsExtraPropertiesBeforeTheRootProperties() {
    ProjectSession.Update update = analyse(Map.of(
        "gradle.properties", "log4jVersion=2.17.1\n",
        "build.gradle", """
            ext {
              log4jVersion = '2.14.1'
            }
            """,
        "app/build.gradle", """
            dependencies {
              implementation "org.apache.logging.log4j:log4j-core:$log4jVersion"
            }
            """));

    assertThat(update.findings().get("app/build.gradle")).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("org.apache.logging.log4j:log4j-core 2.14.1 is affected");
      assertThat(f.evidence()).extracting(step -> step.location().path() + ":" + step.location().line()
          + " " + step.description()).contains("build.gradle:2 build.gradle sets log4jVersion = 2.14.1");
    });
    ProjectSession.Update upgraded = analyse(Map.of("build.gradle", "ext.log4jVersion = '2.17.0'\n"));
    assertThat(upgraded.findings().get("app/build.gradle")).isEmpty();
  }

  @Test
  void changingAParentReanalysesItsChildrenOnly() {
    analyse(Map.of(
        "pom.xml", pom("com.example:parent:1", null,
            managed(dependency("org.apache.logging.log4j:log4j-core", "2.15.0"))),
        "app/pom.xml", pom("com.example:app:1", parent("com.example:parent:1", null),
            dependencies(dependency("org.apache.logging.log4j:log4j-core", null))),
        "other/pom.xml", pom("com.example:other:1", null, ""),
        "requirements.txt", "PyYAML==5.3.1\n"));
    ProjectSession.Update update = analyse(Map.of("pom.xml", pom("com.example:parent:1", null,
        managed(dependency("org.apache.logging.log4j:log4j-core", "2.14.1")))));

    assertThat(update.findings()).containsOnlyKeys("pom.xml", "app/pom.xml");
    assertThat(update.findings().get("app/pom.xml")).extracting(Finding::contextKey)
        .containsExactly(LOG4J);
  }

  @Test
  void mavenVersionRangesAreReportedAsNotPinnedWhenTheyAllowAffectedVersions() {
    String log4j = "org.apache.logging.log4j:log4j-core";
    ProjectSession.Update update = analyse(Map.of(
        "newest/pom.xml", pom("com.example:newest:1", null, dependencies(dependency(log4j, "[2.13.0,2.15.0)"))),
        "older/pom.xml", pom("com.example:older:1", null, dependencies(dependency(log4j, "[2.13.0,2.16.0)"))),
        "union/pom.xml", pom("com.example:union:1", null, dependencies(dependency(log4j, "(,2.3.0],[2.17.0,)"))),
        "fixed/pom.xml", pom("com.example:fixed:1", null, dependencies(dependency(log4j, "[2.17.0,)"))),
        "managed/pom.xml", pom("com.example:managed:1", null, managed(dependency(log4j, "[2.14,2.14.1]"))
            + dependencies(dependency(log4j, null)))));

    assertThat(update.findings().get("fixed/pom.xml")).isEmpty();
    assertThat(update.findings().get("newest/pom.xml")).singleElement().satisfies(f -> {
      assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
      assertThat(f.message()).startsWith(log4j + " [2.13.0,2.15.0) is not pinned and allows versions"
          + " affected by GHSA-jfh8-c2jp-5v3q").contains("Smallest fixing upgrade: 2.15.0 (a range from [2.15.0,).");
      assertThat(f.contextKey()).isEqualTo(LOG4J);
    });
    assertThat(update.findings().get("older/pom.xml")).extracting(Finding::confidence)
        .containsExactly(Confidence.LOW);
    // Only the newer part of a union holds the version a build gets.
    assertThat(update.findings().get("union/pom.xml")).extracting(Finding::confidence)
        .containsExactly(Confidence.LOW);
    assertThat(update.findings().get("managed/pom.xml")).extracting(Finding::confidence)
        .containsExactly(Confidence.MEDIUM);
  }

  @Test
  void requirementRangesThatAllowAffectedVersionsAreReportedAsNotPinned() {
    String key = "GHSA-8q59-q68h-6hv4|PyPI:pyyaml";
    List<Finding> findings = analyzer.analyze(new AnalysisContext("requirements.txt", "b", """
        PyYAML>=5.0
        PyYAML~=5.4
        PyYAML<5.2 ; python_version >= "3.8"
        PyYAML==5.*
        PyYAML>=5.4,<7
        PyYAML===5.3.1
        PyYAML>=banana
        PyYAML>=5.3.1,<=5.3.1,!=5.3.1
        PyYAML
        """.getBytes(StandardCharsets.UTF_8)));

    assertThat(findings).extracting(f -> f.location().line() + " " + f.confidence())
        .containsExactly("1 LOW", "3 MEDIUM", "4 LOW", "6 HIGH");
    assertThat(findings).extracting(Finding::contextKey).containsOnly(key);
    assertThat(findings.get(0).message()).isEqualTo("PyYAML >=5.0 is not pinned and allows versions"
        + " affected by GHSA-8q59-q68h-6hv4 (CVE-2020-14343, PYSEC-2021-142): Improper Input Validation in PyYAML."
        + " Affected versions: < 5.4. Fixed in: 5.4. Smallest fixing upgrade: 5.4 (require >=5.4)."
        + " A fresh install or build takes the newest allowed version, which is not affected; an existing"
        + " environment, a cache or another constraint may still hold an affected one."
        + " Severity: CVSS 9.8 (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H).");
    assertThat(findings.get(1).message()).contains("PyYAML <5.2 is not pinned")
        .contains("The newest version the requirement allows is affected.");
    assertThat(findings.get(1).evidence().get(0).description())
        .isEqualTo("requires PyYAML <5.2 (not pinned: the installed version is not recorded)");
    assertThat(findings.get(3).message()).startsWith("PyYAML 5.3.1 is affected by");
  }
}
