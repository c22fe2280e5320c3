// vigil-expect: safe cwe=90
// case: LdapEncoder.nameEncode for a DN component
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;

@WebServlet("/ldap/encoder-name-encode")
public class EncoderNameEncodeServlet extends HttpServlet {
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
    String dn = "uid=" + LdapEncoder.nameEncode(user) + "," + PEOPLE;
    try {
      response.getWriter().print(directory.getAttributes(dn).size());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
