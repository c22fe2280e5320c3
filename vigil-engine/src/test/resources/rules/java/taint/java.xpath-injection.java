package samples;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

public class XPathSamples {
  private Document doc;

  public String find(HttpServletRequest request) throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    String user = request.getParameter("user");
    // ruleid: java.xpath-injection
    return xpath.evaluate("/users/user[@name='" + user + "']/email", doc);
  }

  public String fixed(HttpServletRequest request) throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    String user = request.getParameter("user");
    if (!user.matches("[a-z]{1,16}")) {
      return null;
    }
    // ok: java.xpath-injection
    return xpath.evaluate("/users/user[@name='" + user + "']/email", doc);
  }

  public Object compiled(HttpServletRequest request) throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    // ruleid: java.xpath-injection
    return xpath.compile(request.getParameter("expr"));
  }

  public Object constant() throws XPathExpressionException {
    XPath xpath = XPathFactory.newInstance().newXPath();
    // ok: java.xpath-injection
    return xpath.compile("/users/user/email");
  }
}
