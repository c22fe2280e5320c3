package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeakHashFixTest {
  static final String SIGNATURES = """
      package shop;

      import java.security.MessageDigest;
      import java.util.HexFormat;

      public class Signatures {
        public String sign(byte[] body)   throws Exception {
          // the legacy partner scheme
          MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
          return HexFormat.of().formatHex(sha1.digest(body));
        }
      }
      """;

  @Test
  void replacesTheAlgorithmLiteralAndKeepsEveryOtherLineByteForByte() {
    Finding finding = Findings.one("java.weak-hash", "src/Signatures.java", SIGNATURES);
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of("src/Signatures.java", SIGNATURES)));

    assertThat(proposal).isInstanceOf(Proposal.Fixed.class);
    RemediationPatch patch = ((Proposal.Fixed) proposal).patch();
    assertThat(patch.edits().get(0).after())
        .isEqualTo(SIGNATURES.replace("getInstance(\"SHA-1\")", "getInstance(\"SHA-256\")"));
    assertThat(patch.diff()).isEqualTo("""
        diff --git a/src/Signatures.java b/src/Signatures.java
        --- a/src/Signatures.java
        +++ b/src/Signatures.java
        @@ -6,7 +6,7 @@
         public class Signatures {
           public String sign(byte[] body)   throws Exception {
             // the legacy partner scheme
        -    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        +    MessageDigest sha1 = MessageDigest.getInstance("SHA-256");
             return HexFormat.of().formatHex(sha1.digest(body));
           }
         }
        """);
    assertThat(patch.notes()).singleElement().asString().contains("no longer match");
  }

  @Test
  void replacesTheCommonsCodecCall() {
    String source = """
        import org.apache.commons.codec.digest.DigestUtils;

        class Tokens {
          String token(String email, long at) {
            return DigestUtils.md5Hex(email + ":" + at);
          }
        }
        """;
    Finding finding = Findings.one("java.weak-hash", "Tokens.java", source);
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of("Tokens.java", source)));

    assertThat(((Proposal.Fixed) proposal).patch().edits().get(0).after())
        .isEqualTo(source.replace("md5Hex", "sha256Hex"));
  }

  @Test
  void refusesADigestOfPasswordsWithTheReason() {
    String source = """
        import java.security.MessageDigest;

        class Passwords {
          byte[] hashPassword(byte[] password) throws Exception {
            return MessageDigest.getInstance("MD5").digest(password);
          }
        }
        """;
    Finding finding = Findings.one("java.weak-hash", "Passwords.java", source);

    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of("Passwords.java", source)));

    assertThat(proposal).isInstanceOfSatisfying(Proposal.Refused.class,
        refused -> assertThat(refused.reason()).contains("password KDF").contains("migration"));
  }
}
