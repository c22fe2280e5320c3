// vigil-expect: safe cwe=90
// case: login search filter built with a hand-written RFC 4515 encoder (a character switch)
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LdapCharEncoderServlet extends HttpServlet {
  private DirContext context;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String user = req.getParameter("user");
    try {
      context.search("ou=people,dc=example", "(uid=" + filterEncode(user) + ")", new SearchControls());
    } catch (NamingException e) {
      resp.sendError(500);
    }
  }

  private static String filterEncode(String value) {
    StringBuilder sb = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\': sb.append("\\5c"); break;
        case '*': sb.append("\\2a"); break;
        case '(': sb.append("\\28"); break;
        case ')': sb.append("\\29"); break;
        case '\0': sb.append("\\00"); break;
        default: sb.append(c);
      }
    }
    return sb.toString();
  }
}
