// vigil-expect: safe cwe=90
// case: Spring LDAP EqualsFilter encodes the value
package corpus.ldap;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EqualsFilterEncodedController {
  private final LdapTemplate ldapTemplate;

  public EqualsFilterEncodedController(LdapTemplate ldapTemplate) {
    this.ldapTemplate = ldapTemplate;
  }

  @GetMapping("/directory/user")
  public List<String> user(@RequestParam String uid) {
    AndFilter filter = new AndFilter()
        .and(new EqualsFilter("objectClass", "person"))
        .and(new EqualsFilter("uid", uid));
    AttributesMapper<String> mapper = attrs -> String.valueOf(attrs.get("cn").get());
    return ldapTemplate.search("ou=people", filter.encode(), mapper);
  }
}
