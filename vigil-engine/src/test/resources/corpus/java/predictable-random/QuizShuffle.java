// vigil-expect: safe cwe=330
// case: Random shuffles quiz questions
package corpus.random;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

public class QuizShuffle {
  private final Random random = new Random();

  public int nextQuestion(List<String> questions) {
    int index = random.nextInt(questions.size());
    return index;
  }
}
