// vigil-expect: safe cwe=90
// case: input overwritten with a constant
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/ldap/overwritten")
public class OverwrittenController {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GetMapping
  public void handle(@RequestParam("user") String user, HttpServletResponse response)
      throws IOException {
    String uid = user;
    uid = "service-account";
    try {
      response.getWriter().print(directory.search(PEOPLE, "(uid=" + uid + ")", new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
