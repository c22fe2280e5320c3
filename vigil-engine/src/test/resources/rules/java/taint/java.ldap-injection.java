package samples;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.servlet.http.HttpServletRequest;
import org.springframework.ldap.support.LdapEncoder;

public class LdapSamples {
  private DirContext ctx;

  public void search(HttpServletRequest request) throws NamingException {
    String user = request.getParameter("user");
    String filter = "(uid=" + user + ")";
    // ruleid: java.ldap-injection
    ctx.search("ou=people,dc=example,dc=org", filter, new SearchControls());
  }

  public void encoded(HttpServletRequest request) throws NamingException {
    String user = LdapEncoder.filterEncode(request.getParameter("user"));
    // ok: java.ldap-injection
    ctx.search("ou=people,dc=example,dc=org", "(uid=" + user + ")", new SearchControls());
  }

  public void initial(HttpServletRequest request) throws NamingException {
    InitialDirContext dir = new InitialDirContext();
    String group = request.getParameter("group");
    // ruleid: java.ldap-injection
    dir.search("ou=groups,dc=example,dc=org", "(cn=" + group + ")", new SearchControls());
    // ok: java.ldap-injection
    dir.search("ou=groups,dc=example,dc=org", "(cn=admins)", new SearchControls());
  }

  public void lambdaAppend(HttpServletRequest request, DirContext ctx) throws NamingException {
    StringBuilder filter = new StringBuilder("(&(objectClass=person)");
    java.util.Optional.ofNullable(request.getParameter("dept")).ifPresent(d -> filter.append("(ou=").append(d).append(")"));
    filter.append(")");
    // ruleid: java.ldap-injection
    ctx.search("dc=example,dc=org", filter.toString(), new SearchControls());
  }

  public void lambdaReadsOnly(HttpServletRequest request, DirContext ctx) throws NamingException {
    StringBuilder filter = new StringBuilder("(objectClass=person)");
    java.util.Optional.ofNullable(request.getParameter("dept")).ifPresent(d -> System.out.println(filter));
    // ok: java.ldap-injection
    ctx.search("dc=example,dc=org", filter.toString(), new SearchControls());
  }

  public void equalsFilter(HttpServletRequest request, DirContext ctx) throws NamingException {
    String filter = new org.springframework.ldap.filter.EqualsFilter("uid", request.getParameter("uid")).encode();
    // ok: java.ldap-injection
    ctx.search("ou=people,dc=example,dc=org", filter, new SearchControls());
  }
}
