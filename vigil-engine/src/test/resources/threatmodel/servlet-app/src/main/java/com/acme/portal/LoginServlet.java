package com.acme.portal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

public class LoginServlet extends HttpServlet {
  private final AccountStore accounts = new AccountStore();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String user = request.getParameter("user");
    String password = request.getParameter("password");
    if (accounts.check(user, password)) {
      HttpSession session = request.getSession(true);
      session.setAttribute("user", user);
      response.sendRedirect("home");
    } else {
      response.sendError(401);
    }
  }
}
