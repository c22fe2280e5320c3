package dev.vigil.engine.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatModelYamlTest {
  private final ThreatModelYaml yaml = new ThreatModelYaml();

  @Test
  void writtenModelReadsBackEqualAndWritesTheSameText() {
    ThreatModel inferred = Fixtures.infer("spring-api").model()
        .withAssumptions(List.of("Runs behind the corporate SSO proxy."), "Reviewed by the platform team.\nSee the wiki.");
    String text = yaml.write(inferred);

    ThreatModel parsed = yaml.parse(text);

    assertThat(parsed).isEqualTo(inferred);
    assertThat(yaml.write(parsed)).isEqualTo(text);
    assertThat(text).startsWith(ThreatModelYaml.HEADER + "repository-type: public-api\n");
  }

  @Test
  void readsAHandWrittenModel() {
    ThreatModel model = yaml.parse("""
        repository-type: saas-backend
        entry-points:
          - kind: webhook
            name: POST /hooks/github
            path: src/main/java/a/Hooks.java
            line: 12
        priority-areas:
          - kind: authentication
            paths: ["src/main/java/a/auth/**"]
        out-of-scope:
          - path: "tools/**"
            reason: internal scripts
        assumptions:
          - Only employees can reach /admin.
        notes: |
          Hand-written.
        """);

    assertThat(model.repositoryType()).isEqualTo(RepositoryType.SAAS_BACKEND);
    assertThat(model.entryPoints()).containsExactly(new EntryPoint(EntryPointKind.WEBHOOK,
        "POST /hooks/github", "src/main/java/a/Hooks.java", 12, ""));
    assertThat(model.priorityAreas().get(0).covers("src/main/java/a/auth/jwt/Tokens.java")).isTrue();
    assertThat(model.outOfScopeRuleFor("tools/gen/Make.java")).contains(
        new OutOfScope("tools/**", "internal scripts"));
    assertThat(model.assumptions()).containsExactly("Only employees can reach /admin.");
    assertThat(model.notes()).isEqualTo("Hand-written.\n");
  }

  @Test
  void unknownKeyIsRejectedWithItsLine() {
    assertThatThrownBy(() -> yaml.parse("""
        repository-type: cli
        entry-points:
          - kind: cli-arguments
            name: export
            rout: /x
        """))
        .isInstanceOf(ThreatModelException.class)
        .hasMessageStartingWith("line 5: unknown key 'rout' in entry-points[1] (expected one of ")
        .satisfies(e -> assertThat(((ThreatModelException) e).line()).isEqualTo(5));
  }

  @Test
  void unknownTopLevelKeyNamesTheAcceptedKeys() {
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nentrypoints: []\n"))
        .hasMessageStartingWith("line 2: unknown key 'entrypoints' (expected one of assumptions, "
            + "boundaries, entry-points, notes, out-of-scope, priority-areas, repository-type, "
            + "sensitive-data, type-evidence)");
  }

  @Test
  void unknownLabelIsRejectedWithTheAcceptedValues() {
    assertThatThrownBy(() -> yaml.parse("""
        repository-type: cli
        boundaries:
          - kind: user-to-database
        """))
        .isInstanceOf(ThreatModelException.class)
        .hasMessage("line 3: boundaries[1].kind: unknown boundary kind 'user-to-database': expected one of "
            + "user-to-service, broker-to-service, service-to-database, service-to-outbound-http, "
            + "service-to-file-system, ci-to-production, plugin-to-host");
  }

  @Test
  void missingRequiredKeyIsRejected() {
    assertThatThrownBy(() -> yaml.parse("""
        repository-type: worker
        sensitive-data:
          - name: iban
        """))
        .isInstanceOf(ThreatModelException.class)
        .hasMessageContaining("sensitive-data[1]: missing required key 'category'")
        .satisfies(e -> assertThat(((ThreatModelException) e).line()).isBetween(3, 4));
    assertThatThrownBy(() -> yaml.parse("notes: hi\n"))
        .hasMessageContaining("missing required key 'repository-type'");
  }

  @Test
  void syntaxErrorCarriesItsLine() {
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nnotes: \"unterminated\n\n"))
        .isInstanceOf(ThreatModelException.class)
        .hasMessageStartingWith("line ")
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void wrongShapesAreRejected() {
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nassumptions: just one\n"))
        .hasMessage("line 2: assumptions: expected a list");
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nentry-points:\n  - kind: webhook\n"
        + "    name: x\n    line: twelve\n"))
        .hasMessageStartingWith("line 5: entry-points[1].line: ");
    assertThatThrownBy(() -> yaml.parse("- a\n- b\n")).hasMessageStartingWith("line 1: expected a mapping");
  }

  @Test
  void duplicateKeysAndBadHandlersAreRejected() {
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nrepository-type: library\n"))
        .hasMessageStartingWith("line 2: ")
        .hasMessageContaining("duplicate key 'repository-type'");
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nentry-points:\n  - kind: cli-arguments\n"
        + "    name: x\n    handler: Main.main\n"))
        .hasMessageContaining("invalid handler 'Main.main': expected package.Class#method/arity");
  }

  @Test
  void emptyDocumentIsRejected() {
    assertThatThrownBy(() -> yaml.parse("  \n"))
        .hasMessage("line 1: empty document: expected a mapping with repository-type");
    assertThatThrownBy(() -> yaml.parse("# only a comment\n"))
        .hasMessage("line 1: empty document: expected a mapping with repository-type");
  }
  @Test
  void emptyListsAndBadItemsAreToldApart() {
    assertThat(yaml.parse("repository-type: cli\nentry-points:\n").entryPoints()).isEmpty();
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nentry-points:\n  -\n"))
        .hasMessage("line 3: entry-points[1]: expected a mapping");
    assertThatThrownBy(() -> yaml.parse("repository-type: [cli]\n"))
        .hasMessage("line 1: repository-type: expected a single value, not a list or mapping");
    assertThatThrownBy(() -> yaml.parse("repository-type: cli\nout-of-scope:\n  - path: ' '\n"))
        .hasMessage("line 4: out-of-scope[1]: empty path glob");
  }
}
