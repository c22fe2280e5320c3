// vigil-expect: vulnerable cwe=79
// case: a plugin whose base class implements the JSPWiki Plugin API writes its 'before' parameter into the list it returns
package corpus.xss.referral;

import java.util.List;
import java.util.Map;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.exceptions.PluginException;

public class ReferringPages extends BaseReferralPlugin {
  @Override
  public String execute(Context context, Map<String, String> params) throws PluginException {
    initialize(params);
    StringBuilder out = new StringBuilder();
    for (String page : List.of("Main", "About")) {
      out.append(before).append(page).append(after);
    }
    return out.toString();
  }
}
