// vigil-expect: vulnerable cwe=601
// case: a private helper wraps the caller's target in a RedirectView
package corpus.redirect2;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class AfterSaveRedirectViewController {
  @PostMapping("/items/{id}/save")
  public ModelAndView save(@PathVariable long id, @RequestParam(name = "then", defaultValue = "/items") String then) {
    return afterSave(then);
  }

  private ModelAndView afterSave(String target) {
    RedirectView view = new RedirectView(target);
    view.setExposeModelAttributes(false);
    return new ModelAndView(view);
  }
}
