// vigil-expect: safe cwe=501
// case: the theme parameter is mapped onto an enum constant before it is stored
package corpus.trust;

import java.util.Arrays;
import javax.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class ThemeEnumSession {
  enum Theme {
    LIGHT, DARK, HIGH_CONTRAST;

    static Theme fromCode(String code) {
      return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(code)).findFirst().orElse(LIGHT);
    }
  }

  @PostMapping("/preferences/theme")
  public String theme(@RequestParam String theme, HttpSession session) {
    session.setAttribute("theme", Theme.fromCode(theme));
    return "redirect:/preferences";
  }
}
