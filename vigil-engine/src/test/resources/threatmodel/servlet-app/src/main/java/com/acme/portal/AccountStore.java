package com.acme.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

public class AccountStore {
  private String dbPassword = System.getenv("DB_PASSWORD");

  public boolean check(String user, String password) {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:portal", "sa", dbPassword)) {
      ResultSet rs = c.createStatement().executeQuery(
          "SELECT 1 FROM accounts WHERE name='" + user + "' AND password='" + password + "'");
      return rs.next();
    } catch (SQLException e) {
      return false;
    }
  }

  public void setRole(String user, String role) {
  }
}
