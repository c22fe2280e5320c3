package samples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

class StaticIvSamples {
  private static final byte[] IV = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  private static final String IV_TEXT = "fedcba9876543210";
  private final SecureRandom random = new SecureRandom();

  void samples(byte[] received, ByteBuffer message) {
    // ruleid: java.static-iv
    new IvParameterSpec(IV);
    // ruleid: java.static-iv
    new IvParameterSpec("1234567890abcdef".getBytes(StandardCharsets.UTF_8));
    // ruleid: java.static-iv
    new IvParameterSpec(IV_TEXT.getBytes());
    // ruleid: java.static-iv
    new IvParameterSpec(new byte[16]);
    // ruleid: java.static-iv
    new GCMParameterSpec(128, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    // ruleid: java.static-iv
    new IvParameterSpec(Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODw=="));
    byte[] zero = new byte[12];
    // ruleid: java.static-iv
    new GCMParameterSpec(128, zero);
    byte[] fresh = new byte[12];
    random.nextBytes(fresh);
    // ok: java.static-iv
    new GCMParameterSpec(128, fresh);
    byte[] header = new byte[16];
    message.get(header);
    // ok: java.static-iv
    new IvParameterSpec(header);
    // ok: java.static-iv
    new IvParameterSpec(received);
    // ok: java.static-iv
    new IvParameterSpec(received, 0, 16);
  }

  void repeated(byte[] keyBytes) throws Exception {
    // ruleid: java.static-iv
    new IvParameterSpec(java.util.Arrays.copyOf(keyBytes, 16));
    SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
    seeded.setSeed(42L);
    byte[] iv = new byte[16];
    seeded.nextBytes(iv);
    // ruleid: java.static-iv
    new IvParameterSpec(iv);
    SecureRandom unseeded = SecureRandom.getInstance("SHA1PRNG");
    byte[] nonce = new byte[12];
    unseeded.nextBytes(nonce);
    // ok: java.static-iv
    new GCMParameterSpec(128, nonce);
  }
}
