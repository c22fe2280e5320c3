// vigil-expect: vulnerable cwe=329
// case: IV from a local string of zeros
package corpus.cipher;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;

public class LocalStringIv {
  public byte[] encrypt(SecretKey key, byte[] data) throws Exception {
    byte[] iv = "0000000000000000".getBytes();
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
    return cipher.doFinal(data);
  }
}
