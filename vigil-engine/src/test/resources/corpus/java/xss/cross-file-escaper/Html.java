package corpus.xss.escape;

import org.springframework.web.util.HtmlUtils;

final class Html {
  private Html() {}

  static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text);
  }
}
