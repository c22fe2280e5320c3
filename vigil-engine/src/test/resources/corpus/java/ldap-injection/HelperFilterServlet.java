// vigil-expect: vulnerable cwe=90
// case: a helper returns the filter
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;

@WebServlet("/ldap/helper-filter")
public class HelperFilterServlet extends HttpServlet {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = "";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if ("user".equals(cookie.getName())) {
          user = cookie.getValue();
        }
      }
    }
    try {
      response.getWriter().print(directory.search(PEOPLE, byUid(user), new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String byUid(String uid) {
    return "(uid=" + uid + ")";
  }
}
