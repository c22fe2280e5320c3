// vigil-expect: safe cwe=1004
// case: session cookie flags configured once for the container
package corpus.cookie;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.SessionCookieConfig;
import javax.servlet.annotation.WebListener;

@WebListener
public class ServletContextCookieConfig implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig config = event.getServletContext().getSessionCookieConfig();
    config.setSecure(true);
    config.setHttpOnly(true);
  }
}
