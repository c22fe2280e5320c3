package app;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.springframework.web.client.RestTemplate;

public class CheckPatterns {
  private Connection connection;
  private final RestTemplate rest = new RestTemplate();

  public void digitsOnly(HttpServletRequest request) throws Exception {
    String number = request.getParameter("n");
    if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
      return;
    }
    // ok: java.sql-injection
    connection.createStatement().executeQuery("SELECT * FROM invoices WHERE number = " + number);
  }

  public String fixedOrigin(HttpServletRequest request) {
    String url = request.getParameter("url");
    if (url.startsWith("https://cdn.example.com/")) {
      // ok: java.ssrf
      rest.getForObject(url, String.class);
    }
    if (url.startsWith("https://cdn.example.com")) {
      // ruleid: java.ssrf
      return rest.getForObject(url, String.class);
    }
    return "";
  }

  public void upload(HttpServletRequest request) throws Exception {
    Part part = request.getPart("file");
    // ruleid: java.path-injection
    part.write("/var/uploads/" + part.getSubmittedFileName());
    // ok: java.path-injection
    part.write("/var/uploads/upload.bin");
  }

  public void schema(HttpServletRequest request) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance("http://www.w3.org/2001/XMLSchema");
    // ruleid: java.xxe
    factory.newSchema(new StreamSource(new StringReader(request.getHeader("X-Schema"))));
  }
}
