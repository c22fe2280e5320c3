// vigil-expect: safe cwe=918
// case: the avatar URL has a constant host; only a hex SHA-256 digest of the e-mail goes in the path
package corpus.ssrf2;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/account/avatar/gravatar")
public class AvatarDigestServlet extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String email = req.getParameter("email").trim().toLowerCase(Locale.ROOT);
    URL source = new URL("https://www.gravatar.com/avatar/" + sha256Hex(email) + "?s=128");
    HttpURLConnection conn = (HttpURLConnection) source.openConnection();
    try (InputStream in = conn.getInputStream()) {
      resp.setStatus(in.readNBytes(1 << 20).length > 0 ? 201 : 422);
    }
  }

  private static String sha256Hex(String value) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
