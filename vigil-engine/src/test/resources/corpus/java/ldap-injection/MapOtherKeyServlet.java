// vigil-expect: safe cwe=90
// case: filter built from the map key holding a constant
package corpus.ldap;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;

@WebServlet("/ldap/map-other-key")
public class MapOtherKeyServlet extends HttpServlet {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getParameter("user");
    Map<String, String> attrs = new HashMap<>();
    attrs.put("uid", user);
    attrs.put("group", "staff");
    try {
      response.getWriter().print(
          directory.search(PEOPLE, "(ou=" + attrs.get("group") + ")", new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
