// vigil-expect: vulnerable cwe=90
// case: an optional request value appended to the filter builder inside a lambda
package corpus.ldap;

import java.io.IOException;
import java.util.Optional;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class OptionalDepartmentFilter extends HttpServlet {
  private DirContext directory;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    StringBuilder filter = new StringBuilder("(&(objectClass=person)");
    Optional.ofNullable(req.getParameter("dept"))
        .ifPresent(dept -> filter.append("(ou=").append(dept).append(")"));
    filter.append(")");
    try {
      resp.getWriter().print(directory.search("dc=corp,dc=example", filter.toString(),
          new SearchControls()).hasMore());
    } catch (NamingException e) {
      resp.sendError(500);
    }
  }
}
