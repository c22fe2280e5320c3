// vigil-expect: vulnerable cwe=90
// case: filter combines two request values
package corpus.ldap;

import java.io.IOException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.FormParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.ldap.core.LdapTemplate;

@Path("/ldap/two-values")
public class TwoValuesResource {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @POST
  public void handle(@FormParam("user") String user, @Context HttpServletResponse response)
      throws IOException {
    String[] parts = user.split(" ", 2);
    String filter = "(&(givenName=" + parts[0] + ")(sn=" + (parts.length > 1 ? parts[1] : "*") + "))";
    try {
      response.getWriter().print(directory.search(PEOPLE, filter, new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
