package samples;

import javax.crypto.Cipher;

class WeakCipherSamples {
  private static final String LEGACY = "DESede/CBC/PKCS5Padding";

  void samples(String configured) throws Exception {
    // ruleid: java.weak-cipher
    Cipher.getInstance("DES/CBC/PKCS5Padding");
    // ruleid: java.weak-cipher
    Cipher.getInstance(LEGACY);
    // ruleid: java.weak-cipher
    Cipher.getInstance("RC4");
    // ruleid: java.weak-cipher
    Cipher.getInstance("Blowfish/CBC/PKCS5Padding");
    // ruleid: java.weak-cipher
    Cipher.getInstance("RC2");
    // ruleid: java.weak-cipher
    Cipher.getInstance("PBEWithMD5AndDES");
    // ok: java.weak-cipher
    Cipher.getInstance("AES/GCM/NoPadding");
    // ok: java.weak-cipher
    Cipher.getInstance("ChaCha20-Poly1305");
    // ok: java.weak-cipher
    Cipher.getInstance(configured);
    // ruleid: java.weak-cipher
    javax.crypto.SecretKeyFactory.getInstance("PBEWithMD5AndDES");
    // ruleid: java.weak-cipher
    javax.crypto.KeyGenerator.getInstance("DESede");
    // ok: java.weak-cipher
    javax.crypto.KeyGenerator.getInstance("AES");
    // ruleid: java.weak-cipher
    Cipher.getInstance(System.getProperty("cipher", "DESede"));
  }
}
