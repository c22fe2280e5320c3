// vigil-expect: vulnerable cwe=90
// case: search filter concatenated
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

@WebServlet("/ldap/filter-concat")
public class FilterConcatServlet extends HttpServlet {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getParameter("user");
    SearchControls controls = new SearchControls();
    controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
    try {
      NamingEnumeration<SearchResult> results =
          directory.search(PEOPLE, "(uid=" + user + ")", controls);
      response.getWriter().print(results.hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
