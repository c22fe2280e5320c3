package samples;

import javax.servlet.http.HttpServletRequest;

public class ReflectionSamples {
  public Object create(HttpServletRequest request) throws Exception {
    String type = request.getParameter("type");
    // ruleid: java.unsafe-reflection
    Class<?> chosen = Class.forName(type);
    // ruleid: java.unsafe-reflection
    Class<?> loaded = Thread.currentThread().getContextClassLoader().loadClass("app.plugins." + type);
    // ok: java.unsafe-reflection
    Class<?> fixed = Class.forName("org.h2.Driver");
    String name = "csv".equals(type) ? "app.CsvExporter" : "app.JsonExporter";
    // ok: java.unsafe-reflection
    Class<?> selected = Class.forName(name);
    return chosen.getName() + loaded.getName() + fixed.getName() + selected.getName();
  }
}
