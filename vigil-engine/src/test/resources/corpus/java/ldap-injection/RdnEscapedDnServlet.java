// vigil-expect: safe cwe=90
// case: javax.naming.ldap.Rdn.escapeValue escapes the value placed in the distinguished name
package corpus.heldout3.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.ldap.Rdn;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/directory/entry")
public class RdnEscapedDnServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String uid = request.getParameter("uid");
    try {
      DirContext context = new InitialDirContext();
      Attributes attributes = context.getAttributes("uid=" + Rdn.escapeValue(uid) + ",ou=people,dc=example,dc=com");
      response.getWriter().print(attributes.size());
    } catch (NamingException e) {
      response.sendError(404);
    }
  }
}
