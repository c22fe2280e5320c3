package dev.vigil.engine.analysis.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/**
 * Verifies that a candidate is a signed JSON Web Token: three base64url parts whose header decodes
 * to a JSON object with an {@code alg} other than {@code none}, and whose payload decodes to a JSON
 * object.
 */
final class JwtStructure implements SecretValidator {
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public String name() {
    return "jwt";
  }

  @Override
  public Verdict check(Candidate candidate) {
    String[] parts = candidate.secret().split("\\.", -1);
    if (parts.length != 3) return Verdict.reject("a JWT has three parts");
    JsonNode header = decode(parts[0]);
    if (header == null || !header.isObject() || !header.path("alg").isTextual()) {
      return Verdict.reject("header is not JSON with \"alg\"");
    }
    String alg = header.get("alg").asText();
    if (alg.equalsIgnoreCase("none")) return Verdict.reject("unsigned JWT (alg none)");
    JsonNode payload = decode(parts[1]);
    if (payload == null || !payload.isObject()) return Verdict.reject("payload is not JSON");
    return Verdict.accept("JWT header decodes to JSON with alg " + alg + " and a JSON payload");
  }

  private JsonNode decode(String part) {
    try {
      return json.readTree(Base64.getUrlDecoder().decode(part));
    } catch (IllegalArgumentException | IOException e) {
      return null;
    }
  }
}
