// vigil-expect: safe cwe=90
// case: the uid must match a strict pattern before it reaches the filter
package corpus.ldap;

import java.io.IOException;
import java.util.regex.Pattern;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class PatternCheckedUidServlet extends HttpServlet {
  private static final Pattern UID = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
  private DirContext directory;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String uid = req.getParameter("uid");
    if (uid == null || !UID.matcher(uid).matches()) {
      resp.sendError(400, "bad uid");
      return;
    }
    try {
      resp.getWriter().print(directory.search("ou=people,dc=corp,dc=example", "(uid=" + uid + ")",
          new SearchControls()).hasMore());
    } catch (NamingException e) {
      resp.sendError(500);
    }
  }
}
