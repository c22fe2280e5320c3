// vigil-expect: vulnerable cwe=90
// case: String.format builds the filter
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

@Path("/ldap/format-filter")
public class FormatFilterResource {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GET
  public void handle(@QueryParam("user") String user, @Context HttpServletResponse response)
      throws IOException {
    String filter = String.format("(&(uid=%s)(memberOf=cn=admins,ou=groups,dc=example,dc=com))", user);
    try {
      boolean admin = directory.search(PEOPLE, filter, new SearchControls()).hasMore();
      response.getWriter().print(admin);
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
