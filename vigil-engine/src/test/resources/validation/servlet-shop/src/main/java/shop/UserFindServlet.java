package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Finds users whose name starts with the letters and digits of the prefix asked for. */
public class UserFindServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String prefix = lettersAndDigits(request.getParameter("prefix"));
    try (Connection connection = Database.open();
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM users WHERE name LIKE '" + prefix + "%'")) {
      while (rows.next()) response.getWriter().println(rows.getInt(1));
    } catch (SQLException e) {
      response.sendError(500);
    }
  }

  private static String lettersAndDigits(String text) {
    StringBuilder kept = new StringBuilder();
    for (char c : String.valueOf(text).toCharArray()) {
      if (Character.isLetterOrDigit(c)) kept.append(c);
    }
    return kept.toString();
  }
}
