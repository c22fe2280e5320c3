package org.inventory.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class StockServlet extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String sku = req.getParameter("sku");
    // ruleid: java.command-injection
    Runtime.getRuntime().exec("stock-lookup " + sku);
    resp.setStatus(204);
  }
}
