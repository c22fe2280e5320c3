package dev.vigil.engine.analysis.java.taint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The model files load, and a bad row fails naming its file, section and row. */
class ModelCatalogTest {
  @Test
  void builtInModelsLoadWithEveryKindOfRow() {
    TaintModels models = ModelCatalog.builtIn();
    assertThat(models.sources("getParameter")).isNotEmpty();
    assertThat(models.sinks("executeQuery")).isNotEmpty();
    assertThat(models.sanitizers("forHtml")).isNotEmpty();
    assertThat(models.summaries("append")).isNotEmpty();
    assertThat(models.parameterSource("RequestParam").threat()).isEqualTo("remote");
    assertThat(models.parameterEntries()).anySatisfy(s -> assertThat(s.threat()).isEqualTo("commandargs"));
  }

  @Test
  void rowWithTooFewColumnsFailsNamingIt() {
    assertThatThrownBy(() -> new ModelCatalog().add("x.model.yaml",
        "sinks:\n  - [\"java.sql\", \"Statement\", true, \"execute\"]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("x.model.yaml: sinks row 1 ")
        .hasMessageEndingWith("has 4 columns, expected 8");
  }

  @Test
  void typeConditionHoldsForMatchingOrUnknownArgumentTypesOnly() {
    AccessPath path = AccessPath.parse("Argument[0] when Argument[0] isa Path");
    assertThat(path.holds(new Object[] {null})).isTrue();
    assertThat(path.holdsForTypes(i -> "java.nio.file.Path")).isTrue();
    assertThat(path.holdsForTypes(i -> null)).isTrue();
    assertThat(path.holdsForTypes(i -> "java.io.InputStream")).isFalse();
  }

  @Test
  void unknownConditionFailsNamingIt() {
    assertThatThrownBy(() -> AccessPath.parse("Argument[0] when Argument[0] is Path"))
        .hasMessage("condition 'Argument[0] is Path' is not Argument[i]=~regex or Argument[i] isa regex");
  }

  @Test
  void unknownSectionFailsNamingIt() {
    assertThatThrownBy(() -> new ModelCatalog().add("x.model.yaml", "sink: []\n"))
        .hasMessageStartingWith("x.model.yaml: unknown section 'sink'");
  }

  @Test
  void everyRuleWatchesASinkKindThatSomeModelRowHas() {
    TaintModels models = ModelCatalog.builtIn();
    assertThat(TaintRuleCatalog.builtIn()).hasSize(16).allSatisfy(rule ->
        assertThat(models.sinkKinds()).as(rule.info().id()).contains(rule.kind()));
  }
}
