// vigil-expect: safe cwe=330
// case: random numbers for a demo draw shown on a page
package corpus.random;

import java.util.Random;
import java.util.stream.Collectors;

public class LotteryDemo {
  public String draw() {
    String numbers = new Random().ints(6, 1, 50).sorted()
        .mapToObj(Integer::toString).collect(Collectors.joining(" "));
    return numbers;
  }
}
