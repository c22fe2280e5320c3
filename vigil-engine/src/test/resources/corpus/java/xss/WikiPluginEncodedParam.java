// vigil-expect: safe cwe=79
// case: a JSPWiki plugin encodes its 'class' parameter for an HTML attribute before returning it
package corpus.xss;

import java.util.Map;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.exceptions.PluginException;
import org.apache.wiki.api.plugin.Plugin;
import org.owasp.encoder.Encode;

public class WikiPluginEncodedParam implements Plugin {
  @Override
  public String execute(Context context, Map<String, String> params) throws PluginException {
    String clazz = params.getOrDefault("class", "box");
    return "<div class=\"" + Encode.forHtmlAttribute(clazz) + "\"></div>";
  }
}
