// vigil-expect: vulnerable cwe=90
// case: Spring LdapTemplate.search with a concatenated filter
package corpus.ldap;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/ldap/ldap-template")
public class LdapTemplateController {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GetMapping("/{user}")
  public void handle(@PathVariable("user") String user, HttpServletResponse response)
      throws IOException {
    int count = ldapTemplate.search("", "(cn=" + user + ")", (Object ctx) -> ctx).size();
    response.getWriter().print(count);
  }
}
