package dev.vigil.engine.analysis.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextKindTest {
  @Test
  void tellsMessageBundlesByLocaleSuffixNameOrFolder() {
    assertThat(TextKind.of("app/src/main/resources/messages_fr.properties")).containsExactly(TextKind.MESSAGES);
    assertThat(TextKind.of("src/main/resources/CoreResources_zh_CN.properties")).contains(TextKind.MESSAGES);
    assertThat(TextKind.of("src/main/resources/hudson/plugins/git/config_ja.properties")).contains(TextKind.MESSAGES);
    assertThat(TextKind.of("src/main/resources/ApplicationResources.properties")).contains(TextKind.MESSAGES);
    assertThat(TextKind.of("src/main/resources/static/i18n/messages.properties")).contains(TextKind.MESSAGES);
    assertThat(TextKind.of("web/src/locales/pt-BR.json")).contains(TextKind.MESSAGES);
    assertThat(TextKind.of("web/i18n/en.json")).contains(TextKind.MESSAGES);
  }

  @Test
  void keepsConfigurationNamedLikeAnEnvironmentAsConfiguration() {
    assertThat(TextKind.of("src/main/resources/application-it.properties")).isEmpty();
    assertThat(TextKind.of("src/main/resources/application_dev.properties")).isEmpty();
    assertThat(TextKind.of("src/main/resources/jdbc_qa.properties")).isEmpty();
    assertThat(TextKind.of("config/application.yml")).isEmpty();
    assertThat(TextKind.of("config/settings.json")).isEmpty();
    assertThat(TextKind.of(".env")).isEmpty();
  }

  @Test
  void tellsCodeAssetsDocumentationDataAndTests() {
    assertThat(TextKind.of("Jenkinsfile")).containsExactly(TextKind.CODE);
    assertThat(TextKind.of("web/app/login.js")).containsExactly(TextKind.CODE);
    assertThat(TextKind.of("static/js/bootstrap-table.min.js")).containsExactly(TextKind.ASSETS);
    assertThat(TextKind.of("static/ajax/libs/select2/select2.js")).containsExactly(TextKind.ASSETS);
    assertThat(TextKind.of("static/css/theme.css")).containsExactly(TextKind.ASSETS);
    assertThat(TextKind.of("README.adoc")).containsExactly(TextKind.DOCUMENTATION);
    assertThat(TextKind.of("docs/examples/application.yml")).containsExactly(TextKind.DOCUMENTATION);
    assertThat(TextKind.of("src/main/resources/GitStep/help.html")).containsExactly(TextKind.DOCUMENTATION);
    assertThat(TextKind.of("sql/ry_20240601.sql")).containsExactly(TextKind.DATA);
    assertThat(TextKind.of("NOTES.txt")).containsExactly(TextKind.DOCUMENTATION);
    assertThat(TextKind.of("deploy/db-credentials.txt")).isEmpty();
    assertThat(TextKind.of("src/test/resources/application.yml")).containsExactly(TextKind.TEST_CODE);
    assertThat(TextKind.of("src/test/java/a/LoginTest.java")).isEqualTo(Set.of(TextKind.TEST_CODE, TextKind.CODE));
  }

  @Test
  void readsKindNamesOfRuleFilesAndRejectsUnknownOnes() {
    assertThat(TextKind.named("test-code")).isEqualTo(TextKind.TEST_CODE);
    assertThat(TextKind.named("messages")).isEqualTo(TextKind.MESSAGES);
    assertThatThrownBy(() -> TextKind.named("bundles")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown text kind 'bundles': expected one of code, messages, documentation,"
            + " assets, data, test-code");
  }
}
