package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Pings a host the client names, to check that the shop can reach it. */
public class PingServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String host = request.getParameter("host");
    Process ping = Runtime.getRuntime().exec(new String[] {"sh", "-c", "ping -c 1 " + host});
    try {
      response.getWriter().println(ping.waitFor() == 0 ? "reachable" : "unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
