package samples;

import com.auth0.jwt.algorithms.Algorithm;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.SecretKeySpec;

class HardcodedCryptoKeySamples {
  private static final byte[] KEY = {0x4b, 0x1f, 0x7a, 0x22, 0x09, 0x5c, 0x63, 0x11};
  private static final String SIGNING = "my-very-long-signing-value-2024";

  void samples(byte[] loaded, String configured) throws Exception {
    // ruleid: java.hardcoded-crypto-key
    new SecretKeySpec("0123456789abcdef".getBytes(StandardCharsets.UTF_8), "AES");
    // ruleid: java.hardcoded-crypto-key
    new SecretKeySpec(KEY, "HmacSHA256");
    // ruleid: java.hardcoded-crypto-key
    new SecretKeySpec(Base64.getDecoder().decode("q83vEjRWeJCrze8SNFZ4kA=="), "AES");
    // ruleid: java.hardcoded-crypto-key
    Algorithm.HMAC256(SIGNING);
    // ruleid: java.hardcoded-crypto-key
    Keys.hmacShaKeyFor("an-hmac-key-of-at-least-thirty-two-bytes".getBytes());
    // ruleid: java.hardcoded-crypto-key
    io.jsonwebtoken.Jwts.builder().signWith(io.jsonwebtoken.SignatureAlgorithm.HS256, "s1gning-Key-4-jwt");
    // ok: java.hardcoded-crypto-key
    io.jsonwebtoken.Jwts.builder().signWith(Keys.hmacShaKeyFor(loaded));
    // ok: java.hardcoded-crypto-key
    new SecretKeySpec(loaded, "AES");
    // ok: java.hardcoded-crypto-key
    new SecretKeySpec(KeyGenerator.getInstance("AES").generateKey().getEncoded(), "AES");
    // ok: java.hardcoded-crypto-key
    Algorithm.HMAC256(configured);
    // ok: java.hardcoded-crypto-key
    new SecretKeySpec(Base64.getDecoder().decode(configured), "AES");
  }
}
