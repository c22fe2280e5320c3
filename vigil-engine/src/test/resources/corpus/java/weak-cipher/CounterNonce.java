// vigil-expect: safe cwe=329
// case: GCM nonce from a message counter that never repeats under one key
package corpus.cipher;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class CounterNonce {
  private final AtomicLong counter = new AtomicLong();

  public byte[] seal(SecretKey key, byte[] data) throws Exception {
    byte[] nonce = ByteBuffer.allocate(12).putInt(0x5eed).putLong(counter.incrementAndGet()).array();
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    return cipher.doFinal(data);
  }
}
