package fixes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Signatures of the webhook payloads sent to partners. */
public final class PayloadSignatures {
  private PayloadSignatures() {}

  public static String sign(String payload) throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-1");
    return HexFormat.of().formatHex(digest.digest(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
