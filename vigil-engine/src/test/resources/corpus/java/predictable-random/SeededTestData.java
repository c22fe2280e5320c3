// vigil-expect: safe cwe=330
// case: a seeded Random makes reproducible demo orders; nothing secret is derived from it
package corpus.random;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

public class SeededTestData {
  public List<Integer> demoQuantities(int count) {
    Random random = new Random(42);
    List<Integer> quantities = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      quantities.add(1 + random.nextInt(9));
    }
    return quantities;
  }
}
