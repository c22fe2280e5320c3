// vigil-expect: vulnerable cwe=90
// case: Spring LdapTemplate search with the query in a wildcard OR filter
package corpus.ldap;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DirectorySearchController {
  private final LdapTemplate ldapTemplate;

  public DirectorySearchController(LdapTemplate ldapTemplate) {
    this.ldapTemplate = ldapTemplate;
  }

  @GetMapping("/directory/search")
  public List<String> search(@RequestParam("q") String q) {
    String filter = "(|(cn=*" + q + "*)(mail=*" + q + "*))";
    AttributesMapper<String> mapper = attrs -> String.valueOf(attrs.get("cn").get());
    return ldapTemplate.search("ou=people", filter, mapper);
  }
}
