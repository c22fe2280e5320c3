// vigil-expect: safe cwe=90
// case: employee number parsed as an integer
package corpus.ldap;

import java.io.IOException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import org.springframework.ldap.core.LdapTemplate;

@Path("/ldap/numeric-employee")
public class NumericEmployeeResource {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GET
  public void handle(@HeaderParam("X-User") String user, @Context HttpServletResponse response)
      throws IOException {
    int number = Integer.parseInt(user);
    try {
      response.getWriter().print(
          directory.search(PEOPLE, "(employeeNumber=" + number + ")", new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
