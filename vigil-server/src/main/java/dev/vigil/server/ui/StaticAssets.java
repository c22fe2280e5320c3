package dev.vigil.server.ui;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Serves the UI's own files from the classpath ({@code /static/*}) and htmx from its webjar, so
 * Vigil needs no CDN and runs on closed networks. Only plain file names are served.
 */
final class StaticAssets {
  private static final String HTMX = "/META-INF/resources/webjars/htmx.org/" + webjarVersion()
      + "/dist/htmx.min.js";
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml");

  private StaticAssets() {}

  private static String webjarVersion() {
    try (InputStream in = StaticAssets.class.getResourceAsStream(
        "/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      if (in != null) properties.load(in);
      return properties.getProperty("version", "missing");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code GET /static/{file}}. */
  static void serve(Context ctx) {
    String file = ctx.pathParam("file");
    String extension = file.substring(file.lastIndexOf('.') + 1);
    if (!file.matches("[a-z0-9][a-z0-9.-]{0,80}") || !TYPES.containsKey(extension)) {
      ctx.status(404).result("no such file");
      return;
    }
    String resource = file.equals("htmx.min.js") ? HTMX : "/static/" + file;
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        ctx.status(404).result("no such file");
        return;
      }
      ctx.contentType(TYPES.get(extension))
          .header("Cache-Control", "public, max-age=3600")
          .header("X-Content-Type-Options", "nosniff")
          .result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
