// vigil-expect: safe cwe=79
// case: a plugin of the older JSPWiki API reads its parameter only to choose between fixed snippets
package corpus.xss;

import java.util.Map;
import org.apache.wiki.WikiContext;
import org.apache.wiki.api.exceptions.PluginException;
import org.apache.wiki.api.plugin.WikiPlugin;

public class LegacyWikiPluginConstant implements WikiPlugin {
  public String execute(WikiContext context, Map<String, String> params) throws PluginException {
    String style = params.get("style");
    if ("wide".equals(style)) {
      return "<div class=\"wide\"></div>";
    }
    return "<div class=\"narrow\"></div>";
  }
}
