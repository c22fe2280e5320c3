package dev.vigil.engine.analysis.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestParsersTest {
  private final Manifests manifests = new Manifests();

  private List<String> parse(String resource) {
    ManifestParser parser = manifests.parserFor(resource);
    assertThat(parser).as("parser for " + resource).isNotNull();
    return parser.parse(Fixtures.text(resource)).stream()
        .map(d -> d.name() + " " + d.version() + " @" + d.line()).toList();
  }

  @Test
  void mavenPomResolvesItsOwnPropertiesAndManagement() {
    assertThat(parse("manifests/maven/pom.xml")).containsExactly(
        "com.fasterxml.jackson.core:jackson-databind 2.9.10 @22",
        "com.example:bom 3.0 @27",
        "org.apache.logging.log4j:log4j-core 2.14.1 @37",
        "com.example:widget 1.2 @52",
        "com.example:sibling 7 @57", "com.example:ranged [1.0,2.0) @67",
        "com.example:profiled 0.9 @93");
  }

  @Test
  void gradleBuildReadsPlainDeclarationsAndVersionsInLocalVariables() {
    assertThat(parse("manifests/gradle/build.gradle")).containsExactly(
        "org.apache.logging.log4j:log4j-core 2.14.1 @11",
        "com.fasterxml.jackson.core:jackson-databind 2.10.0 @12",
        "com.example:widget 1.3 @13",
        "com.example:classified 1.0 @14",
        "com.example:bom 3.0 @17",
        "com.example:commented 1.0 @18",
        "org.apache.logging.log4j:log4j-api 2.14.1 @19",
        "com.example:widget-extra 1.1 @20");
    assertThat(parse("manifests/gradle-kts/build.gradle.kts")).containsExactly(
        "org.apache.logging.log4j:log4j-core 2.14.1 @4",
        "com.example:widget 1.4 @5",
        "com.fasterxml.jackson.core:jackson-databind 2.10.0 @7");
  }

  @Test
  void versionCatalogResolvesReferencesAndRichVersions() {
    assertThat(parse("manifests/catalog/libs.versions.toml")).containsExactly(
        "org.apache.logging.log4j:log4j-core 2.14.1 @6",
        "com.example:widget 1.2 @7",
        "com.fasterxml.jackson.core:jackson-databind 2.10.5 @8");
  }

  @Test
  void gradleLockfileListsResolvedVersions() {
    assertThat(parse("manifests/gradle-lock/gradle.lockfile")).containsExactly(
        "com.fasterxml.jackson.core:jackson-databind 2.10.5 @4",
        "org.apache.logging.log4j:log4j-core 2.15.0 @5",
        "com.example:widget 1.0 @6");
  }

  @Test
  void packageLockReadsV3PackagesAndV1Dependencies() {
    assertThat(parse("manifests/npm-v3/package-lock.json")).containsExactly(
        "lodash 4.17.15 @12", "lodash 3.10.1 @16", "lodash 4.17.21 @19", "@scope/pkg 1.0.0 @27");
    assertThat(parse("manifests/npm-v1/package-lock.json")).containsExactly(
        "lodash 4.17.11 @6", "old 1.0.0 @10", "lodash 3.9.0 @13");
  }

  @Test
  void yarnLockReadsClassicAndBerryEntries() {
    assertThat(parse("manifests/yarn-v1/yarn.lock")).containsExactly(
        "@babel/code-frame 7.12.13 @6", "lodash 4.17.15 @10");
    assertThat(parse("manifests/yarn-berry/yarn.lock")).containsExactly("lodash 4.17.18 @8");
  }

  @Test
  void requirementsReportPinsAndRangesButNotBareNames() {
    assertThat(parse("manifests/pip/requirements-dev.txt")).containsExactly(
        "PyYAML 5.3.1 @2", "requests 2.19.0 @3", "Django >=3.2 @4", "flask 2.0.1 @7",
        "pyyaml 5.1 @10");
  }

  @Test
  void poetryLockPointsAtEachPackageName() {
    assertThat(parse("manifests/poetry/poetry.lock")).containsExactly(
        "certifi 2024.2.2 @4", "pyyaml 5.4 @10", "PyYAML 5.3 @15");
  }

  @Test
  void goModAppliesReplaceDirectives() {
    assertThat(parse("manifests/go/go.mod")).containsExactly(
        "golang.org/x/text v0.13.0 @5",
        "golang.org/x/net v0.15.0 @8",
        "github.com/fork/lib v1.2.4 @9",
        "github.com/example/old v1.0.0+incompatible @11");
  }

  @Test
  void readsOnlyManifestNames() {
    assertThat(manifests.parserFor("a/b/pom.xml")).isInstanceOf(MavenPomParser.class);
    assertThat(manifests.parserFor("requirements.txt")).isInstanceOf(PipRequirementsParser.class);
    assertThat(manifests.parserFor("gradle/libs.versions.toml"))
        .isInstanceOf(GradleVersionCatalogParser.class);
    assertThat(manifests.parserFor("node_modules/x/package-lock.json")).isNull();
    assertThat(manifests.parserFor("package.json")).isNull();
    assertThat(manifests.parserFor("notes.txt")).isNull();
  }

  @Test
  void malformedFilesAreClearErrors() {
    assertThatThrownBy(() -> new MavenPomParser().parse("<project><dependencies></project>"))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("pom.xml is not well-formed XML at line 1");
    assertThatThrownBy(() -> new NpmPackageLockParser().parse("{\"packages\": {\"node_modules/a\": "))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("package-lock.json is not valid JSON at line 1");
    assertThatThrownBy(() -> new NpmPackageLockParser().parse("[]"))
        .hasMessage("package-lock.json is not a JSON object");
    assertThatThrownBy(() -> new PoetryLockParser().parse("[[package]\nname = "))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("poetry.lock is not valid TOML");
    assertThatThrownBy(() -> new GradleVersionCatalogParser().parse("[libraries]\nx = {"))
        .isInstanceOf(ManifestException.class)
        .hasMessageStartingWith("libs.versions.toml is not valid TOML");
    assertThatThrownBy(() -> new PoetryLockParser().parse("a = " + "{b = ".repeat(100_000) + "1"))
        .hasMessage("poetry.lock nests arrays or inline tables more than 64 deep; refused as hostile");
    assertThat(TomlDocuments.nesting("[[package]]\nname = \"[[[\" # {{{\nx = [[1], {a = 2}]\n"))
        .isEqualTo(2);
    assertThat(new YarnLockParser().parse("\u0000garbage:\n  \"\n:::\n")).isEmpty();
    assertThat(new GoModParser().parse("require (\n(((\n")).isEmpty();
  }

  @Test
  void pomWithADoctypeIsRefusedBeforeAnyEntityIsExpanded() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE project [
          <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
          <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
          <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
          <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
          <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
          <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
        ]>
        <project><properties><x>&f;</x></properties></project>
        """;
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <project><dependencies><dependency><groupId>&secret;</groupId></dependency></dependencies></project>
        """;
    for (String pom : List.of(bomb, xxe)) {
      assertThatThrownBy(() -> new MavenPomParser().parse(pom))
          .isInstanceOf(ManifestException.class)
          .hasMessage("pom.xml declares a DOCTYPE; Vigil does not read DTDs"
              + " (entity expansion and external entities are unsafe)");
    }
  }

  @Test
  void pomWhoseParentIsItselfOrMissingReportsOnlyWhatItResolves() {
    String cyclic = """
        <project>
          <parent><groupId>g</groupId><artifactId>self</artifactId><version>${project.version}</version></parent>
          <groupId>g</groupId><artifactId>self</artifactId>
          <dependencies>
            <dependency><groupId>g</groupId><artifactId>x</artifactId><version>${project.version}</version></dependency>
            <dependency><groupId>g</groupId><artifactId>y</artifactId><version>${from.parent}</version></dependency>
          </dependencies>
        </project>
        """;
    assertThat(new MavenPomParser().parse(cyclic)).isEmpty();
  }
}
