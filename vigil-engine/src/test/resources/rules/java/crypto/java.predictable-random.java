package samples;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.http.Cookie;
import org.apache.commons.lang3.RandomStringUtils;

class PredictableRandomSamples {
  private final Random random = new Random();
  private final SecureRandom secureRandom = new SecureRandom();
  private final Random strong = new SecureRandom();
  private String nonce;

  String samples(User user, List<String> servers, javax.servlet.http.HttpSession session) {
    // ruleid: java.predictable-random
    String token = Long.toHexString(random.nextLong());
    long raw = random.nextLong();
    // ruleid: java.predictable-random
    String sessionId = "s-" + raw;
    // ruleid: java.predictable-random
    int otp = ThreadLocalRandom.current().nextInt(1_000_000);
    // ruleid: java.predictable-random
    this.nonce = String.valueOf(Math.random());
    byte[] key = new byte[16];
    // ruleid: java.predictable-random
    new Random().nextBytes(key);
    // ruleid: java.predictable-random
    user.setPassword(RandomStringUtils.randomAlphanumeric(12));
    String value = Integer.toString(random.nextInt());
    // ruleid: java.predictable-random
    Cookie cookie = new Cookie("remember", value);
    StringBuilder password = new StringBuilder();
    // ruleid: java.predictable-random
    password.append(random.nextInt(10));
    // ruleid: java.predictable-random
    String verificationCode = String.format("%06d", random.nextInt(1_000_000));
    // ok: java.predictable-random
    int statusCode = 200 + random.nextInt(3);
    // ruleid: java.predictable-random
    session.setAttribute("csrfToken", Long.toHexString(random.nextLong()));
    // ok: java.predictable-random
    session.setAttribute("theme", random.nextBoolean() ? "dark" : "light");
    // ok: java.predictable-random
    String strongToken = Long.toHexString(strong.nextLong());
    // ok: java.predictable-random
    String secureToken = Long.toHexString(secureRandom.nextLong());
    // ok: java.predictable-random
    int index = random.nextInt(servers.size());
    // ok: java.predictable-random
    long keySize = 128 + random.nextInt(2);
    String reused = Long.toString(random.nextLong());
    reused = "constant";
    // ok: java.predictable-random
    String apiKey = reused;
    // ok: java.predictable-random
    double roll = Math.random();
    // ok: java.predictable-random
    boolean sampleSession = random.nextDouble() < 0.01;
    // ok: java.predictable-random
    int shardKey = random.nextInt(16);
    // ruleid: java.predictable-random
    user.saveResetCode(Integer.toString(random.nextInt(1_000_000)));
    // ruleid: java.predictable-random
    Object client = user.toBuilder().clientSecret(Long.toHexString(random.nextLong()));
    java.util.function.Supplier<String> codes = () -> Long.toString(random.nextLong());
    // ruleid: java.predictable-random
    String resetToken = codes.get();
    // ruleid: java.predictable-random
    long loginTicket = (long) (Math.random() * 1e12);
    return token + sessionId + otp + cookie + password + secureToken + index + keySize + apiKey + roll
        + verificationCode + statusCode + strongToken;
  }

  String newResetToken() {
    // ruleid: java.predictable-random
    return Long.toString(random.nextLong(), 36);
  }

  String newPin() {
    // ruleid: java.predictable-random
    String pin = "" + digit() + digit() + digit() + digit();
    return pin;
  }

  private int digit() {
    return random.nextInt(10);
  }

  String shuffled(List<Character> chars) {
    java.util.Collections.shuffle(chars, new Random());
    StringBuilder password = new StringBuilder();
    // ruleid: java.predictable-random
    chars.forEach(password::append);
    return password.toString();
  }

  List<String> shuffledQuiz(List<String> questions) {
    // ok: java.predictable-random
    java.util.Collections.shuffle(questions, random);
    return questions;
  }

  String pickServer(List<String> servers) {
    // ok: java.predictable-random
    return servers.get(random.nextInt(servers.size()));
  }

  interface User {
    void setPassword(String password);

    void saveResetCode(String code);

    User toBuilder();

    Object clientSecret(String secret);
  }

  String getOrderCode(String stamp) {
    // ok: java.predictable-random
    return stamp + (int) (Math.random() * 9000) + 1000;
  }
}
