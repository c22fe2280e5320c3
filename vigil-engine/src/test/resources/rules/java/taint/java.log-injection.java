package samples;

import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LogSamples {
  private static final Logger LOG = LoggerFactory.getLogger(LogSamples.class);

  public void login(HttpServletRequest request) {
    String user = request.getParameter("user");
    // ruleid: java.log-injection
    LOG.info("login attempt for " + user);
    String clean = user.replaceAll("[\r\n]", "_");
    // ok: java.log-injection
    LOG.info("login attempt for " + clean);
    // ok: java.log-injection
    LOG.info("login attempt");
  }

  public void placeholder(HttpServletRequest request) {
    // ruleid: java.log-injection
    LOG.warn("bad page {}", request.getParameter("page"));
    // ok: java.log-injection
    LOG.warn("bad agent {}", request.getHeader("User-Agent"));
    // ok: java.log-injection
    LOG.warn("not found: {}", request.getRequestURI());
    // ruleid: java.log-injection
    LOG.warn("not found: {}", java.net.URLDecoder.decode(request.getRequestURI(), "UTF-8"));
  }

  public void quietLevels(HttpServletRequest request) {
    String user = request.getParameter("user");
    // ok: java.log-injection
    LOG.debug("login attempt for " + user);
    if (LOG.isTraceEnabled()) {
      // ok: java.log-injection
      LOG.info("login attempt for " + user);
    }
    // ruleid: java.log-injection
    LOG.error("login failed for " + user);
  }

  enum Mode { FAST, SLOW }

  public void linesAndConstants(HttpServletRequest request) throws java.io.IOException {
    java.io.BufferedReader body = request.getReader();
    String line = body.readLine();
    // ok: java.log-injection
    LOG.info("first line " + line);
    Mode mode = Mode.valueOf(request.getParameter("mode"));
    // ok: java.log-injection
    LOG.info("mode " + mode.name());
    String id = java.util.UUID.fromString(request.getParameter("id")).toString();
    // ok: java.log-injection
    LOG.info("id " + id);
    // ruleid: java.log-injection
    LOG.info("body " + new String(request.getInputStream().readAllBytes()));
  }
}
