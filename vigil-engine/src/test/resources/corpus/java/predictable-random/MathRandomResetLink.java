// vigil-expect: vulnerable cwe=330
// case: Math.random picks the number in an emailed reset link
package corpus.random;

public class MathRandomResetLink {
  public interface Mailer {
    void send(String to, String subject, String body);
  }

  private final Mailer mailer;
  private final String baseUrl;

  public MathRandomResetLink(Mailer mailer, String baseUrl) {
    this.mailer = mailer;
    this.baseUrl = baseUrl;
  }

  public void sendResetLink(String email) {
    long ticket = (long) (Math.random() * 1_000_000_000_000L);
    String link = baseUrl + "/account/reset?t=" + ticket;
    mailer.send(email, "Reset your password", "Follow " + link + " within one hour.");
  }
}
