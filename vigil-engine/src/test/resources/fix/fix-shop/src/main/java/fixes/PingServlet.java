package fixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Pings a host for the network status page. */
public class PingServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String host = request.getParameter("host");
    Process process = new ProcessBuilder("sh", "-c", "ping -c 1 " + host).start();
    process.getInputStream().transferTo(response.getOutputStream());
  }
}
