package dev.vigil.cli;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

/** Builds fake GitHub tokens with a valid checksum, so tests never hold a real credential. */
final class GithubTokens {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private GithubTokens() {}

  static String fake(String seed) {
    Random random = new Random(seed.hashCode());
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 30; i++) body.append(BASE62.charAt(random.nextInt(62)));
    CRC32 crc = new CRC32();
    crc.update(body.toString().getBytes(StandardCharsets.US_ASCII));
    long value = crc.getValue();
    StringBuilder checksum = new StringBuilder();
    while (value > 0) {
      checksum.insert(0, BASE62.charAt((int) (value % 62)));
      value /= 62;
    }
    while (checksum.length() < 6) checksum.insert(0, '0');
    return "ghp_" + body + checksum;
  }
}
