// vigil-expect: safe cwe=117
// case: StringEscapeUtils.escapeJava escapes control characters
package corpus.logi;

import java.io.IOException;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/logi/escape-java")
public class EscapeJavaResource {
  private static final Logger log = LoggerFactory.getLogger("audit");

  @GET
  public void handle(@HeaderParam("X-User") String user)
      throws IOException {
    log.info("Download by " + StringEscapeUtils.escapeJava(user));
  }
}
