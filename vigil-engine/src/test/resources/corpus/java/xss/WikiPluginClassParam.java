// vigil-expect: vulnerable cwe=79
// case: a JSPWiki plugin writes its 'class' parameter into the HTML it returns
package corpus.xss;

import java.util.Map;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.exceptions.PluginException;
import org.apache.wiki.api.plugin.Plugin;

public class WikiPluginClassParam implements Plugin {
  @Override
  public String execute(Context context, Map<String, String> params) throws PluginException {
    String clazz = params.get("class");
    StringBuilder html = new StringBuilder();
    html.append("<div class=\"").append(clazz == null ? "box" : clazz).append("\">");
    html.append(context.getPage().getName());
    html.append("</div>");
    return html.toString();
  }
}
