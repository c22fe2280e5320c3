package samples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.persistence.EntityManager;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

public class SqlSamples {
  private Connection connection;
  private JdbcTemplate jdbc;
  private EntityManager em;
  private static final String TABLE = "accounts";

  public void concatenated(HttpServletRequest request) throws Exception {
    String id = request.getParameter("id");
    Statement st = connection.createStatement();
    // ruleid: java.sql-injection
    ResultSet rs = st.executeQuery("SELECT * FROM users WHERE id = '" + id + "'");
  }

  public void parameterised(HttpServletRequest request) throws Exception {
    String id = request.getParameter("id");
    // ok: java.sql-injection
    PreparedStatement ps = connection.prepareStatement("SELECT * FROM users WHERE id = ?");
    ps.setString(1, id);
    ps.executeQuery();
  }

  public void constantTable() throws Exception {
    Statement st = connection.createStatement();
    // ok: java.sql-injection
    st.executeQuery("SELECT * FROM " + TABLE);
  }

  public void numeric(HttpServletRequest request) throws Exception {
    int id = Integer.parseInt(request.getParameter("id"));
    Statement st = connection.createStatement();
    // ok: java.sql-injection
    st.execute("DELETE FROM users WHERE id = " + id);
  }

  public void preparedWithConcatenation(HttpServletRequest request) throws Exception {
    String order = request.getParameter("order");
    // ruleid: java.sql-injection
    connection.prepareStatement("SELECT * FROM users ORDER BY " + order);
  }

  @GetMapping("/users")
  public Object springTemplate(@RequestParam String name) {
    // ruleid: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users WHERE name = '" + name + "'");
  }

  @GetMapping("/users/safe")
  public Object springTemplateBound(@RequestParam String name) {
    // ok: java.sql-injection
    return jdbc.queryForList("SELECT * FROM users WHERE name = ?", name);
  }

  public Object jpa(HttpServletRequest request) {
    String name = request.getParameter("name");
    // ruleid: java.sql-injection
    return em.createQuery("FROM User u WHERE u.name = '" + name + "'").getResultList();
  }

  public void overwritten(HttpServletRequest request) throws Exception {
    String id = request.getParameter("id");
    id = "42";
    // ok: java.sql-injection
    connection.createStatement().executeQuery("SELECT * FROM users WHERE id = " + id);
  }
}
