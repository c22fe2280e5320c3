// vigil-expect: vulnerable cwe=327
// case: password-based encryption with MD5 and DES
package corpus.cipher;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

public class PbeWithMd5Des {
  public byte[] encrypt(char[] password, byte[] salt, byte[] data) throws Exception {
    SecretKey key = SecretKeyFactory.getInstance("PBEWithMD5AndDES").generateSecret(new PBEKeySpec(password));
    Cipher cipher = Cipher.getInstance(key.getAlgorithm());
    cipher.init(Cipher.ENCRYPT_MODE, key, new PBEParameterSpec(salt, 1000));
    return cipher.doFinal(data);
  }
}
