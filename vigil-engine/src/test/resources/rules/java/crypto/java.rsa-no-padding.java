package samples;

import javax.crypto.Cipher;

class RsaNoPaddingSamples {
  void samples() throws Exception {
    // ruleid: java.rsa-no-padding
    Cipher.getInstance("RSA/NONE/NoPadding");
    // ruleid: java.rsa-no-padding
    Cipher.getInstance("RSA/ECB/NoPadding");
    // ok: java.rsa-no-padding
    Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    // ok: java.rsa-no-padding
    Cipher.getInstance("AES/GCM/NoPadding");
  }
}
