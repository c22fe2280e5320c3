package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Sends an invoice file by its name. */
public class InvoiceServlet extends HttpServlet {
  private static final File INVOICES = new File("/srv/shop/invoices");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("file");
    try (InputStream in = new FileInputStream(new File(INVOICES, name))) {
      in.transferTo(response.getOutputStream());
    }
  }
}
