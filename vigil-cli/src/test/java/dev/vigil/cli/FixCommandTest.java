package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
  static final String TOKENS = """
      package shop;

      import java.util.Random;

      public class Tokens {
        private final Random random = new Random();

        public String resetToken() {
          long value = random.nextLong();
          String token = Long.toHexString(value);
          return token;
        }
      }
      """;

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = VigilCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private String fingerprint(String rule) throws Exception {
    Path report = dir.resolve("report.json");
    vigil("scan", "--tree", dir.resolve("src").toString(), "--format", "json", "--output", report.toString());
    for (JsonNode finding : new ObjectMapper().readTree(report.toFile()).get("findings")) {
      if (finding.get("ruleId").asText().equals(rule)) return finding.get("fingerprint").asText();
    }
    throw new AssertionError("no " + rule + " finding");
  }

  @Test
  void printsTheValidatedPatchAsADiffAndLeavesTheTreeAlone() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Tokens.java"), TOKENS);
    String fingerprint = fingerprint("java.predictable-random");

    Run run = vigil("fix", dir.resolve("src").toString(), "--finding", fingerprint.substring(0, 12));

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("diff --git a/Tokens.java b/Tokens.java\n")
        .contains("+import java.security.SecureRandom;\n", "-  private final Random random = new Random();\n",
            "+  private final Random random = new SecureRandom();\n");
    assertThat(run.err()).contains("validation validated: applies passed finding-gone passed no-new-finding passed "
        + "parses passed build not-applicable");
    assertThat(Files.readString(dir.resolve("src/Tokens.java"))).isEqualTo(TOKENS);
  }

  @Test
  void appliesThePatchToTheWorkingTree() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Tokens.java"), TOKENS);

    Run run = vigil("fix", dir.resolve("src").toString(), "--finding", fingerprint("java.predictable-random"), "--apply");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("src/Tokens.java"))).contains("new SecureRandom()")
        .contains("import java.security.SecureRandom;");
  }

  @Test
  void saysWhyAFindingHasNoSafeFix() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Passwords.java"), """
        import java.security.MessageDigest;

        class Passwords {
          byte[] hashPassword(byte[] password) throws Exception {
            return MessageDigest.getInstance("MD5").digest(password);
          }
        }
        """);

    Run run = vigil("fix", dir.resolve("src").toString(), "--finding", fingerprint("java.weak-hash"));

    assertThat(run.status()).isEqualTo(FixCommand.EXIT_NO_FIX);
    assertThat(run.err()).startsWith("vigil: no safe automatic fix for java.weak-hash at Passwords.java:5: the digest "
        + "hashes passwords");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void namesAnUnknownFingerprint() throws Exception {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Tokens.java"), TOKENS);

    Run run = vigil("fix", dir.resolve("src").toString(), "--finding", "ffffffffffff");

    assertThat(run.status()).isEqualTo(VigilCommand.EXIT_BAD_INPUT);
    assertThat(run.err()).contains("no finding with fingerprint 'ffffffffffff'");
  }
}
