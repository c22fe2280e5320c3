// vigil-expect: safe cwe=90
// case: Spring LDAP's LdapEncoder.filterEncode, statically imported, encodes the user name in the filter
package corpus.heldout3.ldap;

import static org.springframework.ldap.support.LdapEncoder.filterEncode;

import java.util.List;
import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StaticImportFilterEncodeService {
  private final LdapTemplate ldap;

  public StaticImportFilterEncodeService(LdapTemplate ldap) {
    this.ldap = ldap;
  }

  @GetMapping("/directory/people")
  public List<Object> people(@RequestParam String name) {
    String filter = "(&(objectClass=person)(cn=" + filterEncode(name) + "))";
    return ldap.search("ou=people", filter, (AttributesMapper<Object>) attributes -> attributes.get("mail").get());
  }
}
