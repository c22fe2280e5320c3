// vigil-expect: safe cwe=90
// case: department must be one of the known ones
package corpus.ldap;

import java.io.IOException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import org.springframework.ldap.core.LdapTemplate;

@Path("/ldap/allow-list")
public class AllowListResource {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GET
  public void handle(@QueryParam("user") String user, @Context HttpServletResponse response)
      throws IOException {
    if (!java.util.Set.of("sales", "support", "engineering").contains(user)) {
      response.sendError(400);
      return;
    }
    try {
      response.getWriter().print(
          directory.search(PEOPLE, "(departmentNumber=" + user + ")", new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
