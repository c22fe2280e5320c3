// vigil-expect: safe cwe=90
// case: Spring LDAP query builder encodes the value
package corpus.ldap;

import java.io.IOException;
import javax.naming.directory.DirContext;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/ldap/ldap-query-builder")
public class LdapQueryBuilderController {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GetMapping
  public void handle(@CookieValue("user") String user, HttpServletResponse response)
      throws IOException {
    int count = ldapTemplate.search(org.springframework.ldap.query.LdapQueryBuilder.query().where("uid").is(user),
        (Object ctx) -> ctx).size();
    response.getWriter().print(count);
  }
}
