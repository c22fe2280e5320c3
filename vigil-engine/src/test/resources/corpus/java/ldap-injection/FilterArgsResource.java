// vigil-expect: safe cwe=90
// case: JNDI filter arguments are escaped by the provider
package corpus.ldap;

import java.io.IOException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import org.springframework.ldap.core.LdapTemplate;

@Path("/ldap/filter-args")
public class FilterArgsResource {
  private static final String PEOPLE = "ou=people,dc=example,dc=com";
  private DirContext directory;
  private LdapTemplate ldapTemplate;

  @GET
  @Path("/{user}")
  public void handle(@PathParam("user") String user, @Context HttpServletResponse response)
      throws IOException {
    try {
      NamingEnumeration<SearchResult> results =
          directory.search(PEOPLE, "(uid={0})", new Object[] {user}, new SearchControls());
      response.getWriter().print(results.hasMore());
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
