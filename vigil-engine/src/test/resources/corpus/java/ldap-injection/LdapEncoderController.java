// vigil-expect: safe cwe=90
// case: Spring LdapEncoder.filterEncode
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/ldap/ldap-encoder")
public class LdapEncoderController {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GetMapping
  public void handle(@CookieValue("user") String user, HttpServletResponse response)
      throws IOException {
    String filter = "(uid=" + LdapEncoder.filterEncode(user) + ")";
    try {
      response.getWriter().print(directory.search(PEOPLE, filter, new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
