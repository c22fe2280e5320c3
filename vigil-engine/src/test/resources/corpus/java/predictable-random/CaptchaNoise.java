// vigil-expect: safe cwe=330
// case: Random only draws noise lines on a captcha whose text comes from SecureRandom
package corpus.random;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.util.Random;
import javax.servlet.http.HttpSession;

public class CaptchaNoise {
  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ23456789";
  private final SecureRandom secure = new SecureRandom();
  private final Random noise = new Random();

  public BufferedImage render(HttpSession session) {
    StringBuilder captchaCode = new StringBuilder();
    for (int i = 0; i < 6; i++) captchaCode.append(LETTERS.charAt(secure.nextInt(LETTERS.length())));
    session.setAttribute("captcha", captchaCode.toString());
    BufferedImage image = new BufferedImage(160, 50, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    for (int i = 0; i < 12; i++) {
      g.drawLine(noise.nextInt(160), noise.nextInt(50), noise.nextInt(160), noise.nextInt(50));
    }
    g.drawString(captchaCode.toString(), 20, 32);
    g.dispose();
    return image;
  }
}
