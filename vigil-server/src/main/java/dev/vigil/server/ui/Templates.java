package dev.vigil.server.ui;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the precompiled jte templates (compiled at build time by the jte Maven plugin) into
 * HTML responses. jte escapes every value for its HTML context.
 */
public final class Templates {
  /** Creates the renderer of the templates compiled into the jar. */
  public Templates() {}

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders template {@code name} (e.g. {@code "findings.jte"}) with {@code frame} and {@code view}. */
  void page(Context ctx, String name, Frame frame, Object view) {
    ctx.html(render(name, Map.of("frame", frame, "view", view)));
  }

  /** Renders a template with exactly the given parameters, for fragments. */
  public String render(String name, Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(name, params, output);
    return output.toString();
  }
}
