package corpus.xss.referral;

import java.util.Map;
import org.apache.wiki.api.plugin.Plugin;

/** Shared parameter handling of the referral plugins. */
public abstract class BaseReferralPlugin implements Plugin {
  protected String before;
  protected String after;

  protected void initialize(Map<String, String> params) {
    before = params.getOrDefault("before", "");
    after = params.getOrDefault("after", "<br/>");
  }
}
