package com.acme.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = {"/admin/roles"})
public class AdminServlet extends HttpServlet {
  private final AccountStore accounts = new AccountStore();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(200);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    accounts.setRole(request.getParameter("user"), request.getParameter("role"));
  }
}
