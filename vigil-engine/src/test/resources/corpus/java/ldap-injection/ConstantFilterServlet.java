// vigil-expect: safe cwe=90
// case: a constant filter; input only counted
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;

@WebServlet("/ldap/constant-filter")
public class ConstantFilterServlet extends HttpServlet {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getHeader("X-User");
    try {
      NamingEnumeration<SearchResult> all =
          directory.search(PEOPLE, "(objectClass=inetOrgPerson)", new SearchControls());
      response.getWriter().print(all.hasMore() && user.isEmpty());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
