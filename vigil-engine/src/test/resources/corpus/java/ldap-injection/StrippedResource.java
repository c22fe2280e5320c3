// vigil-expect: safe cwe=90
// case: everything but letters and digits is removed
package corpus.ldap;

import java.io.IOException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import org.springframework.ldap.core.LdapTemplate;

@Path("/ldap/stripped")
public class StrippedResource {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GET
  @Path("/{user}")
  public void handle(@PathParam("user") String user, @Context HttpServletResponse response)
      throws IOException {
    String uid = user.replaceAll("[^a-zA-Z0-9]", "");
    try {
      response.getWriter().print(directory.search(PEOPLE, "(uid=" + uid + ")", new SearchControls()).hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
