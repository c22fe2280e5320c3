package app;

import java.sql.Connection;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

@Path("/notes")
public class JaxRsPatterns {
  private Connection connection;

  @POST
  @Consumes("text/plain")
  public void create(String body, @Context HttpHeaders headers) throws Exception {
    // ruleid: java.sql-injection
    connection.createStatement().execute("INSERT INTO notes VALUES ('" + body + "')");
  }

  @POST
  @Path("/count")
  public void count(@QueryParam("n") int n) throws Exception {
    // ok: java.sql-injection
    connection.createStatement().execute("UPDATE counters SET n = " + n);
  }

  public void notAResource(String body) throws Exception {
    // ok: java.sql-injection
    connection.createStatement().execute("INSERT INTO notes VALUES ('" + body.length() + "')");
  }
}
