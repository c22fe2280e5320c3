// vigil-expect: vulnerable cwe=90
// case: a fresh InitialDirContext searched with the input
package corpus.ldap;

import java.io.IOException;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletResponse;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/ldap/initial-context")
public class InitialContextController {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GetMapping
  public void handle(@RequestParam("user") String user, HttpServletResponse response)
      throws IOException {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    env.put(Context.PROVIDER_URL, "ldap://ldap.example.com:389");
    try {
      DirContext ctx = new InitialDirContext(env);
      String filter = "(&(objectClass=person)(mail=" + user + "))";
      NamingEnumeration<SearchResult> found = ctx.search(PEOPLE, filter, new SearchControls());
      response.getWriter().print(found.hasMore());
      ctx.close();
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
