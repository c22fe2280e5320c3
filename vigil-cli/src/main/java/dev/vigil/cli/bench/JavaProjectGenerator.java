package dev.vigil.cli.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes plausible web application code: layered classes with the usual mix of safe and unsafe code. */
final class JavaProjectGenerator {
  private final Random random;

  JavaProjectGenerator(Random random) {
    this.random = random;
  }

  /** Returns about {@code lines} lines of Java source by path. */
  Map<String, String> generate(int lines) {
    Map<String, String> files = new LinkedHashMap<>();
    long written = 0;
    for (int module = 0; written < lines; module++) {
      String pkg = "com.shop.m" + module;
      String dir = "src/main/java/com/shop/m" + module + "/";
      List<String> texts = List.of(dto(pkg, module), repository(pkg, module), service(pkg, module),
          controller(pkg, module), servlet(pkg, module));
      List<String> names = List.of("Item", "ItemRepository", "ItemService", "ItemController", "ItemServlet");
      for (int i = 0; i < texts.size() && written < lines; i++) {
        files.put(dir + names.get(i) + module + ".java", texts.get(i));
        written += texts.get(i).lines().count();
      }
    }
    return files;
  }

  private String dto(String pkg, int m) {
    StringBuilder b = new StringBuilder("package " + pkg + ";\n\nimport java.util.Objects;\n\n/** An item. */\npublic class Item" + m + " {\n");
    String[] fields = {"id", "name", "description", "owner", "category", "sku", "colour", "size"};
    for (String f : fields) b.append("  private String ").append(f).append(";\n");
    b.append("\n");
    for (String f : fields) {
      String cap = Character.toUpperCase(f.charAt(0)) + f.substring(1);
      b.append("  public String get").append(cap).append("() {\n    return ").append(f).append(";\n  }\n\n");
      b.append("  public void set").append(cap).append("(String ").append(f).append(") {\n    this.")
          .append(f).append(" = ").append(f).append(";\n  }\n\n");
    }
    b.append("  @Override\n  public int hashCode() {\n    return Objects.hash(id, name);\n  }\n}\n");
    return b.toString();
  }

  private String repository(String pkg, int m) {
    StringBuilder b = new StringBuilder("package " + pkg + ";\n\nimport java.sql.*;\nimport java.util.*;\n"
        + "import javax.sql.DataSource;\n\npublic class ItemRepository" + m + " {\n"
        + "  private static final String TABLE = \"items_" + m + "\";\n  private DataSource dataSource;\n\n");
    for (int i = 0; i < 6; i++) {
      boolean unsafe = random.nextInt(10) == 0;
      b.append("  public List<Item").append(m).append("> find").append(i).append("(String value, int limit) throws SQLException {\n")
          .append("    List<Item").append(m).append("> result = new ArrayList<>();\n")
          .append("    try (Connection c = dataSource.getConnection()) {\n");
      if (unsafe) {
        b.append("      Statement st = c.createStatement();\n")
            .append("      ResultSet rs = st.executeQuery(\"SELECT * FROM \" + TABLE + \" WHERE name = '\" + value + \"' LIMIT \" + limit);\n");
      } else {
        b.append("      PreparedStatement ps = c.prepareStatement(\"SELECT * FROM \" + TABLE + \" WHERE name = ? LIMIT ?\");\n")
            .append("      ps.setString(1, value);\n      ps.setInt(2, limit);\n      ResultSet rs = ps.executeQuery();\n");
      }
      b.append("      while (rs.next()) {\n        Item").append(m).append(" item = new Item").append(m).append("();\n")
          .append("        item.setId(rs.getString(\"id\"));\n        item.setName(rs.getString(\"name\"));\n")
          .append("        if (item.getName() != null && item.getName().length() > 3) {\n")
          .append("          result.add(item);\n        }\n      }\n    }\n    return result;\n  }\n\n");
    }
    return b.append("}\n").toString();
  }

  private String service(String pkg, int m) {
    StringBuilder b = new StringBuilder("package " + pkg + ";\n\nimport java.util.*;\nimport org.slf4j.Logger;\n"
        + "import org.slf4j.LoggerFactory;\n\npublic class ItemService" + m + " {\n"
        + "  private static final Logger LOG = LoggerFactory.getLogger(ItemService" + m + ".class);\n"
        + "  private final ItemRepository" + m + " repository = new ItemRepository" + m + "();\n"
        + "  private final Map<String, String> cache = new HashMap<>();\n\n");
    for (int i = 0; i < 6; i++) {
      b.append("  public List<Item").append(m).append("> search").append(i).append("(String query) throws Exception {\n")
          .append("    String normalised = query == null ? \"\" : query.trim().toLowerCase();\n")
          .append("    StringBuilder key = new StringBuilder(\"search").append(i).append(":\");\n")
          .append("    key.append(normalised);\n")
          .append("    if (cache.containsKey(key.toString())) {\n      LOG.debug(\"cache hit\");\n    }\n")
          .append("    int limit = normalised.length() > 10 ? 50 : 20;\n")
          .append("    switch (normalised.length() % 3) {\n      case 0: limit += 1; break;\n      case 1: limit += 2; break;\n      default: break;\n    }\n")
          .append("    List<Item").append(m).append("> found = repository.find").append(i).append("(normalised, limit);\n")
          .append("    for (Item").append(m).append(" item : found) {\n      cache.put(item.getId(), item.getName());\n    }\n")
          .append("    return found;\n  }\n\n");
    }
    return b.append("}\n").toString();
  }

  private String controller(String pkg, int m) {
    StringBuilder b = new StringBuilder("package " + pkg + ";\n\nimport java.util.*;\n"
        + "import org.springframework.web.bind.annotation.*;\nimport org.springframework.web.util.HtmlUtils;\n\n"
        + "@RestController\n@RequestMapping(\"/items" + m + "\")\npublic class ItemController" + m + " {\n"
        + "  private final ItemService" + m + " service = new ItemService" + m + "();\n\n");
    for (int i = 0; i < 6; i++) {
      b.append("  @GetMapping(\"/search").append(i).append("\")\n")
          .append("  public String search").append(i).append("(@RequestParam String q, @RequestParam(defaultValue = \"0\") int page) throws Exception {\n")
          .append("    List<Item").append(m).append("> items = service.search").append(i).append("(q);\n")
          .append("    StringBuilder html = new StringBuilder(\"<ul>\");\n")
          .append("    items.stream().filter(it -> it.getName() != null).forEach(it -> html.append(\"<li>\").append(HtmlUtils.htmlEscape(it.getName())).append(\"</li>\"));\n")
          .append("    html.append(\"</ul><p>page \").append(page).append(\"</p>\");\n")
          .append("    return html.toString();\n  }\n\n");
    }
    return b.append("}\n").toString();
  }

  private String servlet(String pkg, int m) {
    boolean unsafe = random.nextInt(4) == 0;
    return "package " + pkg + ";\n\nimport java.io.*;\nimport javax.servlet.http.*;\n\n"
        + "public class ItemServlet" + m + " extends HttpServlet {\n"
        + "  private final ItemService" + m + " service = new ItemService" + m + "();\n\n"
        + "  @Override\n  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n"
        + "    String q = request.getParameter(\"q\");\n"
        + "    Map<String, String> labels = new java.util.HashMap<>();\n"
        + "    labels.put(\"title\", \"Items\");\n    labels.put(\"query\", q);\n"
        + "    PrintWriter out = response.getWriter();\n"
        + "    out.println(\"<h1>\" + labels.get(\"" + (unsafe ? "query" : "title") + "\") + \"</h1>\");\n"
        + "    try {\n      out.println(service.search0(q).size());\n    } catch (Exception e) {\n"
        + "      response.sendError(500);\n    }\n  }\n}\n";
  }
}
