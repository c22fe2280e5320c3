// vigil-expect: vulnerable cwe=330
// case: a hex session id from ThreadLocalRandom longs is set as the session cookie
package corpus.random2;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/kiosk/start")
public class HexSessionCookieServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    String sid = Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());
    Cookie cookie = new Cookie("KIOSK_SESSION", sid);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    resp.addCookie(cookie);
    resp.setStatus(204);
  }
}
