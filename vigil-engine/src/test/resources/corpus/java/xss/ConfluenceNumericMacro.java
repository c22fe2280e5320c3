// vigil-expect: safe cwe=79
// case: a Confluence macro only returns a number parsed from its parameter
package corpus.xss;

import java.util.Map;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

public class ConfluenceNumericMacro implements Macro {
  @Override
  public String execute(Map<String, String> parameters, String body, ConversionContext context)
      throws MacroExecutionException {
    int columns = Integer.parseInt(parameters.getOrDefault("columns", "2"));
    return "<div class=\"grid-" + columns + "\"></div>";
  }

  @Override
  public BodyType getBodyType() { return BodyType.NONE; }

  @Override
  public OutputType getOutputType() { return OutputType.BLOCK; }
}
