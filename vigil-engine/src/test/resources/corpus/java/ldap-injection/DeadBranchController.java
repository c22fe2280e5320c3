// vigil-expect: safe cwe=90
// case: tainted value only in the dead else branch
package corpus.ldap;

import java.io.IOException;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/ldap/dead-branch")
public class DeadBranchController {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @PostMapping
  public void handle(@RequestBody String user, HttpServletResponse response)
      throws IOException {
    String uid;
    if ((7 * 42) - 86 > 200) {
      uid = "guest";
    } else {
      uid = user;
    }
    try {
      response.getWriter().print(directory.search(PEOPLE, "(uid=" + uid + ")", new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
