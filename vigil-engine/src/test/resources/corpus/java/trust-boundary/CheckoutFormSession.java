// vigil-expect: vulnerable cwe=501
// case: a bound form object's field stored in the session
package corpus.trust;

import java.util.List;
import javax.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class CheckoutFormSession {
  public static class CheckoutForm {
    private List<String> items;
    private String coupon;

    public List<String> getItems() {
      return items;
    }

    public void setItems(List<String> items) {
      this.items = items;
    }

    public String getCoupon() {
      return coupon;
    }

    public void setCoupon(String coupon) {
      this.coupon = coupon;
    }
  }

  @PostMapping("/checkout")
  public String checkout(@ModelAttribute CheckoutForm form, HttpSession session) {
    session.setAttribute("coupon", form.getCoupon());
    return "redirect:/checkout/confirm";
  }
}
