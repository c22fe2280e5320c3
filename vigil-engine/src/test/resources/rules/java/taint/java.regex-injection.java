package samples;

import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;

public class RegexSamples {
  public Object filter(HttpServletRequest request) {
    String filter = request.getParameter("filter");
    String text = request.getParameter("text");
    // ruleid: java.regex-injection
    Pattern compiled = Pattern.compile(filter);
    // ruleid: java.regex-injection
    boolean matches = "shop".matches("^" + filter);
    // ruleid: java.regex-injection
    String replaced = "a-b-c".replaceAll(filter, "");
    // ruleid: java.regex-injection
    String[] parts = "a,b".split(filter);
    // ruleid: java.regex-injection
    boolean whole = Pattern.matches(filter, "shop");
    // ok: java.regex-injection
    Pattern quoted = Pattern.compile(Pattern.quote(filter));
    // ok: java.regex-injection
    boolean valid = text.matches("[a-z]+");
    // ok: java.regex-injection
    String collapsed = text.replaceAll("\\s+", " ");
    // ok: java.regex-injection
    String literal = "a-b".replace(filter, "");
    return compiled.pattern() + matches + replaced + parts.length + whole + quoted + valid + collapsed + literal;
  }
}
