// vigil-expect: vulnerable cwe=79
// case: socket data echoed into an HTTP response writer
package corpus.xss;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SocketEcho extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try (Socket socket = new Socket("feed.example.com", 7000);
         BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()))) {
      String headline = in.readLine();
      response.getWriter().println("<marquee>" + headline + "</marquee>");
    }
  }
}
