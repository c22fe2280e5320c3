package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** Shows the version of one of the tools the shop runs, picked from a fixed list. */
public class ToolVersionServlet extends HttpServlet {
  private static final List<String> TOOLS = List.of("git", "java", "convert");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String tool = request.getParameter("tool");
    if (!known(tool)) {
      response.sendError(400, "unknown tool");
      return;
    }
    Process version = new ProcessBuilder(tool, "--version").start();
    response.getWriter().println(new String(version.getInputStream().readAllBytes()));
  }

  // a guard the static analysis does not read (a stream over the list), so the scanner still reports it
  private static boolean known(String tool) {
    return TOOLS.stream().anyMatch(tool::equalsIgnoreCase);
  }
}
