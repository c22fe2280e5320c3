// vigil-expect: vulnerable cwe=90
// case: login search filter built with a helper that escapes only the asterisk
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LdapStarOnlyServlet extends HttpServlet {
  private DirContext context;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String user = req.getParameter("user");
    try {
      context.search("ou=people,dc=example", "(uid=" + noWildcards(user) + ")", new SearchControls());
    } catch (NamingException e) {
      resp.sendError(500);
    }
  }

  private static String noWildcards(String value) {
    return value.replace("*", "\\2a");
  }
}
