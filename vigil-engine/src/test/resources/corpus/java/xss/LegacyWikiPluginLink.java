// vigil-expect: vulnerable cwe=79
// case: a plugin of the older JSPWiki API writes its 'link' parameter into an anchor
package corpus.xss;

import java.util.Map;
import org.apache.wiki.WikiContext;
import org.apache.wiki.api.exceptions.PluginException;
import org.apache.wiki.api.plugin.WikiPlugin;

public class LegacyWikiPluginLink implements WikiPlugin {
  public String execute(WikiContext context, Map<String, String> params) throws PluginException {
    String link = params.get("link");
    String text = params.containsKey("text") ? params.get("text") : "here";
    return "<a href=\"" + link + "\">" + text.length() + "</a>";
  }
}
