package dev.vigil.server.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (repository credentials, environment secrets) with AES-256-GCM under a
 * key kept in the data folder with owner-only permissions, or given in VIGIL_SECRET_KEY.
 */
public final class SecretBox {
  private static final int NONCE_BYTES = 12;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  private SecretBox(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /** Returns the box whose key is in {@code keyFile}, creating a new random key on first use. */
  public static SecretBox fromKeyFile(Path keyFile) {
    try {
      String fromEnv = System.getenv("VIGIL_SECRET_KEY");
      if (fromEnv != null && !fromEnv.isBlank()) {
        return new SecretBox(Base64.getDecoder().decode(fromEnv.trim()));
      }
      if (!Files.exists(keyFile)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
        try {
          Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: the folder's ACL is all we have.
        }
      }
      return new SecretBox(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create the secret key " + keyFile + ": "
          + e.getMessage(), e);
    }
  }

  /** Returns {@code plain} encrypted and encoded as text; null stays null. */
  public String seal(String plain) {
    if (plain == null) return null;
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return "v1:" + Base64.getEncoder().encodeToString(
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt a secret", e);
    }
  }

  /** Returns the plain text of a value made by {@link #seal}; null stays null. */
  public String open(String sealed) {
    if (sealed == null) return null;
    if (!sealed.startsWith("v1:")) throw new IllegalStateException("unknown secret format");
    try {
      byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
      return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
          StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decrypt a secret: wrong VIGIL_SECRET_KEY?", e);
    }
  }

}
