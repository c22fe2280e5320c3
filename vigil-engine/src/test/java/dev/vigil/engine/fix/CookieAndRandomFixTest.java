package dev.vigil.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CookieAndRandomFixTest {
  static RemediationPatch fix(String rule, String path, String source) {
    Finding finding = Findings.one(rule, path, source);
    Proposal proposal = Remediation.standard().propose(finding, SourceFiles.of(Map.of(path, source)));
    assertThat(proposal).as(proposal.toString()).isInstanceOf(Proposal.Fixed.class);
    return ((Proposal.Fixed) proposal).patch();
  }

  @Test
  void addsTheSecureFlagBeforeTheCookieIsAddedAndOnlyThatFlag() {
    String source = """
        import javax.servlet.http.Cookie;
        import javax.servlet.http.HttpServletResponse;

        public class Sessions {
          public void issue(HttpServletResponse response, String id) {
            Cookie cookie = new Cookie("SESSION", id);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
          }
        }
        """;

    RemediationPatch patch = fix("java.cookie-missing-secure", "Sessions.java", source);

    assertThat(patch.edits().get(0).after()).isEqualTo(source.replace("    response.addCookie(cookie);\n",
        "    cookie.setSecure(true);\n    response.addCookie(cookie);\n"));
  }

  @Test
  void turnsAFalseFlagTrue() {
    String source = """
        import javax.servlet.http.Cookie;
        import javax.servlet.http.HttpServletResponse;

        public class Tokens {
          public void issue(HttpServletResponse response, String csrf) {
            Cookie token = new Cookie("session-token", csrf);
            token.setSecure(true);
            token.setHttpOnly(false);
            response.addCookie(token);
          }
        }
        """;

    RemediationPatch patch = fix("java.cookie-missing-httponly", "Tokens.java", source);

    assertThat(patch.edits().get(0).after()).isEqualTo(source.replace("setHttpOnly(false)", "setHttpOnly(true)"));
  }

  @Test
  void replacesARandomFieldWithSecureRandomAndImportsItInOrder() {
    String source = """
        package shop;

        import java.util.Random;
        import java.util.UUID;

        public class ResetTokens {
          private final Random random = new Random();

          public String newResetToken() {
            long value = random.nextLong();
            String token = Long.toHexString(value);
            return token;
          }
        }
        """;

    RemediationPatch patch = fix("java.predictable-random", "ResetTokens.java", source);

    assertThat(patch.edits().get(0).after()).isEqualTo(source
        .replace("import java.util.Random;", "import java.security.SecureRandom;\nimport java.util.Random;")
        .replace("= new Random();", "= new SecureRandom();"));
  }
}
