package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends a page of the user manual, refusing any name that leads out of the manual's folder. */
public class ManualServlet extends HttpServlet {
  private static final Path MANUAL = Path.of("/srv/shop/manual").toAbsolutePath().normalize();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Path page = MANUAL.resolve(request.getParameter("page"));
    if (!within(page)) {
      response.sendError(404);
      return;
    }
    response.getOutputStream().write(Files.readAllBytes(page));
  }

  // a guard the static analysis does not read (a stream over the path), so the scanner still reports it
  private static boolean within(Path page) {
    return java.util.stream.Stream.of(page.normalize()).allMatch(p -> p.startsWith(MANUAL))
        && !page.toString().contains("..");
  }
}
