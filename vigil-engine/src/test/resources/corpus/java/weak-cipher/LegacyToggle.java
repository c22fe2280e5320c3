// vigil-expect: vulnerable cwe=327
// case: a legacy switch selects DES
package corpus.cipher;

import javax.crypto.Cipher;

public class LegacyToggle {
  private final boolean legacyPartner;

  public LegacyToggle(boolean legacyPartner) {
    this.legacyPartner = legacyPartner;
  }

  public Cipher cipher() throws Exception {
    return Cipher.getInstance(legacyPartner ? "DES/CBC/PKCS5Padding" : "AES/GCM/NoPadding");
  }
}
