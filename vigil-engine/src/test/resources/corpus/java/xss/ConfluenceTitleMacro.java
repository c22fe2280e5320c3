// vigil-expect: vulnerable cwe=79
// case: a Confluence macro puts its 'title' parameter into the returned HTML
package corpus.xss;

import java.util.Map;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

public class ConfluenceTitleMacro implements Macro {
  @Override
  public String execute(Map<String, String> parameters, String body, ConversionContext context)
      throws MacroExecutionException {
    String title = parameters.get("title");
    return "<div class=\"panel\"><h3>" + title + "</h3>" + "</div>";
  }

  @Override
  public BodyType getBodyType() { return BodyType.NONE; }

  @Override
  public OutputType getOutputType() { return OutputType.BLOCK; }
}
