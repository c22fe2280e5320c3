package samples;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

class WeakHashSamples {
  private static final String LEGACY = "MD5";
  private static final String MODERN = "SHA-256";

  byte[] samples(byte[] data, String configured) throws Exception {
    // ruleid: java.weak-hash
    MessageDigest.getInstance("MD5").digest(data);
    // ruleid: java.weak-hash
    MessageDigest.getInstance("SHA-1");
    // ruleid: java.weak-hash
    MessageDigest.getInstance("sha1");
    // ruleid: java.weak-hash
    MessageDigest.getInstance("MD2", "SUN");
    // ruleid: java.weak-hash
    MessageDigest.getInstance(LEGACY);
    // ruleid: java.weak-hash
    MessageDigest.getInstance(MessageDigestAlgorithms.MD5);
    String local = "MD4";
    // ruleid: java.weak-hash
    MessageDigest.getInstance(local);
    // ruleid: java.weak-hash
    DigestUtils.md5Hex(data);
    // ruleid: java.weak-hash
    DigestUtils.sha1Hex("x");
    // ruleid: java.weak-hash
    Hashing.sha1().hashString("x", StandardCharsets.UTF_8);
    // ruleid: java.weak-hash
    DigestUtils.getDigest("MD5");
    // ruleid: java.weak-hash
    MessageDigest.getInstance(Weak.SHA1.name());
    // ok: java.weak-hash
    MessageDigest.getInstance(Weak.SHA256.name());
    // ok: java.weak-hash
    MessageDigest.getInstance("SHA-256");
    // ok: java.weak-hash
    MessageDigest.getInstance(MODERN);
    // ok: java.weak-hash
    MessageDigest.getInstance("SHA3-512");
    // ok: java.weak-hash
    MessageDigest.getInstance(configured);
    // ok: java.weak-hash
    DigestUtils.sha256Hex(data);
    // ok: java.weak-hash
    Hashing.sha256().hashBytes(data);
    // ruleid: java.weak-hash
    MessageDigest.getInstance(System.getProperty("digest", "MD5"));
    // ok: java.weak-hash
    MessageDigest.getInstance(System.getProperty("digest", "SHA-256"));
    // todoruleid: java.weak-hash
    MessageDigest.getInstance(System.getProperty("digest"));
    String fromEnvironment = java.util.Optional.ofNullable(System.getenv("DIGEST")).orElse("MD5");
    // ruleid: java.weak-hash
    MessageDigest.getInstance(fromEnvironment);
    // ruleid: java.weak-hash
    MessageDigest.getInstance(Names.OLD);
    // ok: java.weak-hash
    MessageDigest.getInstance(Names.NEW);
    // ruleid: java.weak-hash
    new DigestUtils(MessageDigestAlgorithms.SHA_1).digestAsHex(data);
    // ok: java.weak-hash
    new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(data);
    return data;
  }

  enum Weak { SHA1, SHA256 }

  static final class Names {
    static final String OLD = "SHA1";
    static final String NEW = "SHA-512";
  }

  byte[] legacy(byte[] data) throws Exception {
    return digestWith("SHA-1", data);
  }

  private byte[] digestWith(String algorithm, byte[] data) throws Exception {
    // ruleid: java.weak-hash
    return MessageDigest.getInstance(algorithm).digest(data);
  }

  public byte[] open(String algorithm, byte[] data) throws Exception {
    // ok: java.weak-hash
    return MessageDigest.getInstance(algorithm).digest(data);
  }
}

/** What the digest is for decides: collisions do not matter for a cache key or an ETag. */
class DigestPurposeSamples {
  String cacheKey(String query) {
    // ok: java.weak-hash
    return DigestUtils.md5Hex(query);
  }

  String etag(byte[] body) {
    // ok: java.weak-hash
    return "\"" + DigestUtils.sha1Hex(body) + "\"";
  }

  String resetToken(String email, long now) {
    // ruleid: java.weak-hash
    return DigestUtils.md5Hex(email + now);
  }

  String cacheKeyOfPassword(String password) {
    // ruleid: java.weak-hash
    return DigestUtils.md5Hex(password);
  }
}
