// vigil-expect: vulnerable cwe=90
// case: MessageFormat.format places the uid in the filter
package corpus.ldap;

import java.io.IOException;
import java.text.MessageFormat;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class MessageFormatFilterServlet extends HttpServlet {
  private static final String BASE = "ou=people,dc=corp,dc=example";
  private DirContext directory;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String uid = req.getParameter("uid");
    String filter = MessageFormat.format("(&(objectClass=inetOrgPerson)(uid={0}))", uid);
    try {
      SearchControls controls = new SearchControls();
      controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
      resp.getWriter().print(directory.search(BASE, filter, controls).hasMore());
    } catch (NamingException e) {
      resp.sendError(500);
    }
  }
}
