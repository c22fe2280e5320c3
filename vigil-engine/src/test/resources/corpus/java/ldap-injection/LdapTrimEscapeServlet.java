// vigil-expect: vulnerable cwe=90
// case: login search filter built with a helper named like an escaper that only trims
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LdapTrimEscapeServlet extends HttpServlet {
  private DirContext context;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String user = req.getParameter("user");
    try {
      context.search("ou=people,dc=example", "(uid=" + escapeLdap(user) + ")", new SearchControls());
    } catch (NamingException e) {
      resp.sendError(500);
    }
  }

  private static String escapeLdap(String value) {
    return value == null ? "" : value.trim();
  }
}
