package dev.vigil.engine.analysis.java.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.AnalysisContext;
import dev.vigil.engine.analysis.Finding;
import dev.vigil.engine.analysis.InMemoryAnalysisCache;
import dev.vigil.engine.analysis.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session resolves constants other files declare, and re-analyses their users when they change. */
class CryptoSessionTest {
  private static final CryptoAnalyzer ANALYZER = CryptoAnalyzer.withBuiltInRules();
  private static final String CONFIG = "src/app/config/CryptoConfig.java";
  private static final String USER = "src/app/web/Hasher.java";
  private static final String BYSTANDER = "src/app/web/Other.java";

  private ProjectSession session;

  @BeforeEach
  void open() {
    session = ANALYZER.openSession(new InMemoryAnalysisCache());
  }

  private void put(String path, String text) {
    session.put(new AnalysisContext(path, "blob-" + text.hashCode(), text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String config(String algorithm) {
    return """
        package app.config;

        public final class CryptoConfig {
          public static final String HASH_ALGORITHM = "%s";
        }
        """.formatted(algorithm);
  }

  private static String user(String imports, String argument) {
    return """
        package app.web;
        %s
        import java.security.MessageDigest;

        class Hasher {
          byte[] hash(byte[] data) throws Exception {
            return MessageDigest.getInstance(%s).digest(data);
          }
        }
        """.formatted(imports, argument);
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).toList();
  }

  @Test
  void withNoRoomForTreesFilesAreParsedAgainAndStillResolved() {
    session = new CryptoSession(ANALYZER, 10);
    put(CONFIG, config("MD5"));
    put(USER, user("import app.config.CryptoConfig;", "CryptoConfig.HASH_ALGORITHM"));

    assertThat(session.analyse().findings().get(USER)).extracting(f -> f.ruleId() + " "
        + f.evidence().get(0).description())
        .containsExactly("java.weak-hash CryptoConfig.HASH_ALGORITHM = \"MD5\"");
  }

  @Test
  void resolvesAConstantOfAnImportedClassInAnotherFile() {
    put(CONFIG, config("MD5"));
    put(USER, user("import app.config.CryptoConfig;", "CryptoConfig.HASH_ALGORITHM"));
    ProjectSession.Update update = session.analyse();

    assertThat(update.failures()).isEmpty();
    assertThat(update.findings().get(CONFIG)).isEmpty();
    assertThat(update.findings().get(USER)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("java.weak-hash");
      assertThat(f.location().path()).isEqualTo(USER);
      assertThat(f.location().line()).isEqualTo(7);
      assertThat(f.message()).startsWith("The digest uses MD5.");
      assertThat(f.evidence().get(0).location().path()).isEqualTo(CONFIG);
      assertThat(f.evidence().get(0).location().line()).isEqualTo(4);
      assertThat(f.evidence().get(0).description()).isEqualTo("CryptoConfig.HASH_ALGORITHM = \"MD5\"");
      assertThat(f.evidence().get(0).code()).isEqualTo("public static final String HASH_ALGORITHM = \"MD5\";");
    });
  }

  @Test
  void aFileAloneDoesNotSeeOtherFilesConstants() {
    List<Finding> alone = ANALYZER.analyze(new AnalysisContext(USER, "b",
        user("import app.config.CryptoConfig;", "CryptoConfig.HASH_ALGORITHM").getBytes(StandardCharsets.UTF_8)));
    assertThat(alone).isEmpty();
  }

  @Test
  void resolvesAStaticallyImportedConstant() {
    put(CONFIG, config("MD5"));
    put(USER, user("import static app.config.CryptoConfig.HASH_ALGORITHM;", "HASH_ALGORITHM"));
    assertThat(rules(session.analyse().findings().get(USER))).containsExactly("java.weak-hash");
  }

  @Test
  void resolvesAConstantOfAnInterfaceTheClassImplements() {
    put("src/app/web/Algorithms.java", """
        package app.web;
        public interface Algorithms {
          String CIPHER = "AES/ECB/PKCS5Padding";
        }
        """);
    put(USER, """
        package app.web;
        import javax.crypto.Cipher;
        class Encryptor implements Algorithms {
          Cipher cipher() throws Exception {
            return Cipher.getInstance(CIPHER);
          }
        }
        """);
    assertThat(rules(session.analyse().findings().get(USER))).containsExactly("java.ecb-mode");
  }

  @Test
  void aChangedConstantReanalysesItsUsersOnly() {
    put(CONFIG, config("SHA-256"));
    put(USER, user("import app.config.CryptoConfig;", "CryptoConfig.HASH_ALGORITHM"));
    put(BYSTANDER, user("import app.config.Other;", "Other.HASH_ALGORITHM").replace("Hasher", "Other"));
    assertThat(session.analyse().findings().get(USER)).isEmpty();

    put(CONFIG, config("MD5"));
    ProjectSession.Update update = session.analyse();
    assertThat(update.findings().keySet()).containsExactlyInAnyOrder(CONFIG, USER);
    assertThat(rules(update.findings().get(USER))).containsExactly("java.weak-hash");

    put(CONFIG, config("SHA-256"));
    assertThat(session.analyse().findings().get(USER)).isEmpty();
  }

  @Test
  void aConstantAddedLaterIsFoundThroughTheLookUpThatFailed() {
    put(USER, user("", "Legacy.NAME"));
    assertThat(session.analyse().findings().get(USER)).isEmpty();

    put("src/app/web/Legacy.java", "package app.web; class Legacy { static final String NAME = \"SHA1\"; }");
    ProjectSession.Update update = session.analyse();
    assertThat(rules(update.findings().get(USER))).containsExactly("java.weak-hash");

    session.remove("src/app/web/Legacy.java");
    assertThat(session.analyse().findings().get(USER)).isEmpty();
  }

  @Test
  void aNameTwoWildcardImportsOfferResolvesToNothing() {
    put("src/a/Names.java", "package a; public class Names { public static final String HASH = \"MD5\"; }");
    put("src/b/Names.java", "package b; public class Names { public static final String HASH = \"SHA-256\"; }");
    put(USER, user("import a.*;\nimport b.*;", "Names.HASH"));
    assertThat(session.analyse().findings().get(USER)).isEmpty();

    put(USER, user("import a.*;\nimport b.Names;", "Names.HASH"));
    assertThat(session.analyse().findings().get(USER)).isEmpty();

    put(USER, user("import b.*;\nimport a.Names;", "Names.HASH"));
    assertThat(rules(session.analyse().findings().get(USER))).containsExactly("java.weak-hash");
  }

  @Test
  void aSamePackageClassHidesAWildcardImportedOne() {
    put("src/a/Names.java", "package a; public class Names { public static final String HASH = \"MD5\"; }");
    put("src/app/web/Names.java", "package app.web; class Names { static final String HASH = \"SHA-256\"; }");
    put(USER, user("import a.*;", "Names.HASH"));
    assertThat(session.analyse().findings().get(USER)).isEmpty();
  }

  @Test
  void aLocalVariableHidesAStaticallyImportedConstant() {
    put(CONFIG, config("MD5"));
    put(USER, """
        package app.web;
        import static app.config.CryptoConfig.HASH_ALGORITHM;
        import java.security.MessageDigest;
        class Hasher {
          byte[] hash(byte[] data) throws Exception {
            String HASH_ALGORITHM = "SHA-256";
            return MessageDigest.getInstance(HASH_ALGORITHM).digest(data);
          }
        }
        """);
    assertThat(session.analyse().findings().get(USER)).isEmpty();
  }

  @Test
  void anUnparsableFileIsAFailureAndTheRestIsAnalysed() {
    put(CONFIG, "package app.config; class CryptoConfig { void broken( }");
    put(USER, user("import app.config.CryptoConfig;", "\"MD5\""));
    ProjectSession.Update update = session.analyse();
    assertThat(update.failures()).containsOnlyKeys(CONFIG);
    assertThat(update.failures().get(CONFIG)).startsWith(
        UnanalysableJavaException.class.getName() + ": " + CONFIG + ": not valid Java: ");
    assertThat(update.findings().get(CONFIG)).isEmpty();
    assertThat(rules(update.findings().get(USER))).containsExactly("java.weak-hash");
  }

  @Test
  void propertiesFilesAreAnalysedAlone() {
    put("src/main/resources/app.properties", "password.hash.algorithm=MD5\n");
    assertThat(rules(session.analyse().findings().get("src/main/resources/app.properties")))
        .containsExactly("java.weak-hash");
  }
}
