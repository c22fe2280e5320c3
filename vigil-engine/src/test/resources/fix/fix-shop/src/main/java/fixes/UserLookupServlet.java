package fixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Finds users by name. */
public class UserLookupServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    try (Connection connection = Database.open()) {
      Statement statement = connection.createStatement();
      ResultSet rows = statement.executeQuery("SELECT id FROM users WHERE name = '" + name + "'");
      while (rows.next()) response.getWriter().println(rows.getInt(1));
    } catch (SQLException e) {
      response.sendError(500);
    }
  }
}
