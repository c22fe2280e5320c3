// vigil-expect: safe cwe=113
// case: value normalised through Locale
package corpus.header;

import java.io.IOException;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/header/locale-tag")
public class LocaleTagController {
  @GetMapping
  public void handle(@CookieValue("lang") String lang, HttpServletResponse response)
      throws IOException {
    String tag = Locale.forLanguageTag(lang).toLanguageTag();
    response.setHeader("Content-Language", tag);
  }
}
