// vigil-expect: safe cwe=601
// case: the RedirectView target is a fixed path with the numeric path variable
package corpus.redirect2;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class AfterSaveItemRedirectController {
  @PostMapping("/items-fixed/{id}/save")
  public ModelAndView save(@PathVariable long id, @RequestParam(name = "then", defaultValue = "") String then) {
    return afterSave("/items/" + id + (then.isEmpty() ? "" : "#saved"));
  }

  private ModelAndView afterSave(String target) {
    RedirectView view = new RedirectView(target);
    view.setExposeModelAttributes(false);
    return new ModelAndView(view);
  }
}
