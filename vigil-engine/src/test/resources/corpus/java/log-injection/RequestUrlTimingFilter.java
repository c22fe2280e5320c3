// vigil-expect: safe cwe=117
// case: a filter logs the request URL and its duration; the URL is percent-encoded
package corpus.heldout3.logi;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class RequestUrlTimingFilter implements Filter {
  private static final Logger LOGGER = LogManager.getLogger(RequestUrlTimingFilter.class);

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    chain.doFilter(req, res);
    StringBuffer url = ((HttpServletRequest) req).getRequestURL();
    LOGGER.debug("served " + url + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
