package org.owasp.benchmark.testcode;

import java.io.IOException;
import java.net.URLDecoder;
import java.util.*;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet(value = "/sqli-00/BenchmarkTest00008")
public class ServletPatterns extends HttpServlet {
  private java.sql.Connection conn;

  public void paramMap(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Map<String, String[]> map = request.getParameterMap();
    String param = "";
    if (!map.isEmpty()) {
      String[] values = map.get("BenchmarkTest00008");
      if (values != null) param = values[0];
    }
    // ruleid: java.sql-injection
    conn.createStatement().execute("SELECT * FROM u WHERE x='" + param + "'");
  }

  public void headers(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = "";
    Enumeration<String> headers = request.getHeaders("BenchmarkTest");
    if (headers != null && headers.hasMoreElements()) {
      param = headers.nextElement();
    }
    param = URLDecoder.decode(param, "UTF-8");
    String bar = new String(Base64.getDecoder().decode(Base64.getEncoder().encode(param.getBytes())));
    // ruleid: java.sql-injection
    conn.prepareCall("{call " + bar + "}");
  }

  public void names(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = "";
    boolean flag = true;
    Enumeration<String> names = request.getParameterNames();
    while (names.hasMoreElements() && flag) {
      String name = names.nextElement();
      String[] values = request.getParameterValues(name);
      if (values != null) {
        for (int i = 0; i < values.length && flag; i++) {
          String value = values[i];
          if (value.equals("BenchmarkTest")) {
            param = name;
            flag = false;
          }
        }
      }
    }
    // ruleid: java.sql-injection
    conn.createStatement().execute("SELECT * FROM u WHERE x='" + param + "'");
  }

  public void switchCase(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    String bar;
    String guess = "ABC";
    char switchTarget = guess.charAt(2);
    switch (switchTarget) {
      case 'A': bar = param; break;
      case 'B': bar = "bobs_your_uncle"; break;
      case 'C':
      case 'D': bar = param; break;
      default: bar = "bobs_your_uncle"; break;
    }
    // ruleid: java.xss
    response.getWriter().printf(java.util.Locale.US, "Formatted like: %1$s and %2$s.", new Object[] {"a", bar});
  }

  public void liveBranch(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    String bar;
    if ((500 / 42) + 196 > 200) bar = param; else bar = "This should never happen";
    // ruleid: java.trust-boundary
    request.getSession().putValue("userid", bar);
  }

  public void innerSafe(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    String bar = new Test().doSomething(request, param);
    // ok: java.xss
    response.getWriter().write(bar.toCharArray(), 0, bar.length());
  }

  private class Test {
    public String doSomething(HttpServletRequest request, String param) throws ServletException, IOException {
      String bar = "alsosafe";
      if (param != null) {
        List<String> valuesList = new ArrayList<String>();
        valuesList.add("safe");
        valuesList.add(param);
        valuesList.add("moresafe");
        valuesList.remove(0);
        bar = valuesList.get(1);
      }
      return bar;
    }
  }

  public void esapi(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    String bar = org.owasp.esapi.ESAPI.encoder().encodeForHTML(param);
    // ok: java.xss
    response.getWriter().println(bar);
    // ruleid: java.sql-injection
    conn.createStatement().executeUpdate("UPDATE t SET v='" + bar + "'");
  }

  public void sbSafe(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    StringBuilder sbxyz = new StringBuilder(param);
    String bar = sbxyz.append("_SafeStuff").toString();
    // ruleid: java.command-injection
    Runtime.getRuntime().exec(new String[] {"sh", "-c", "echo " + bar}, null, new java.io.File(System.getProperty("user.dir")));
  }

  public void enhancedFor(HttpServletRequest request, HttpServletResponse response) throws Exception {
    javax.servlet.http.Cookie[] theCookies = request.getCookies();
    String param = "noCookieValueSupplied";
    if (theCookies != null) {
      for (javax.servlet.http.Cookie theCookie : theCookies) {
        if (theCookie.getName().equals("BenchmarkTest00001")) {
          param = java.net.URLDecoder.decode(theCookie.getValue(), "UTF-8");
          break;
        }
      }
    }
    String fileName = "/tmp/" + param;
    // ruleid: java.path-injection
    java.io.FileInputStream fis = new java.io.FileInputStream(new java.io.File(fileName));
  }

  public void ternary(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String param = request.getParameter("p");
    int num = 196;
    String bar = (7 * 42) - num > 200 ? "This should never happen" : param;
    // ruleid: java.ldap-injection
    new javax.naming.directory.InitialDirContext().search("name", "(uid=" + bar + ")", null);
    String bar2 = (7 * 18) + num > 200 ? "This_should_always_happen" : param;
    // ok: java.ldap-injection
    new javax.naming.directory.InitialDirContext().search("name", "(uid=" + bar2 + ")", null);
  }
}
