// vigil-expect: safe cwe=90
// case: the DN is built with LdapNameBuilder, which escapes the value, and looked up
package corpus.ldap;

import javax.naming.Name;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapNameBuilder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LdapNameBuilderLookup {
  private final LdapTemplate ldapTemplate;

  public LdapNameBuilderLookup(LdapTemplate ldapTemplate) {
    this.ldapTemplate = ldapTemplate;
  }

  @GetMapping("/directory/people/{uid}")
  public Object person(@PathVariable String uid) {
    Name dn = LdapNameBuilder.newInstance("ou=people").add("uid", uid).build();
    return ldapTemplate.lookup(dn);
  }
}
