package samples;

import javax.crypto.Cipher;

class EcbModeSamples {
  private static final String TRANSFORMATION = "AES/ECB/PKCS5Padding";

  void samples(boolean strong) throws Exception {
    // ruleid: java.ecb-mode
    Cipher.getInstance("AES");
    // ruleid: java.ecb-mode
    Cipher.getInstance("AES/ECB/NoPadding");
    // ruleid: java.ecb-mode
    Cipher.getInstance(TRANSFORMATION);
    // ruleid: java.ecb-mode
    Cipher.getInstance(strong ? "AES/GCM/NoPadding" : "AES");
    // ok: java.ecb-mode
    Cipher.getInstance("AES/GCM/NoPadding");
    // ok: java.ecb-mode
    Cipher.getInstance("AES/CBC/PKCS5Padding");
    // ok: java.ecb-mode
    Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    // ok: java.ecb-mode
    Cipher.getInstance("DES");
  }
}
