// vigil-expect: safe cwe=328
// case: a non-cryptographic hash for a Bloom filter index
package corpus.hash;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

public class MurmurBloomFilter {
  private final long[] bits = new long[1024];

  public void add(String key) {
    int index = Math.floorMod(Hashing.murmur3_32_fixed().hashString(key, StandardCharsets.UTF_8).asInt(), 65536);
    bits[index / 64] |= 1L << (index % 64);
  }
}
