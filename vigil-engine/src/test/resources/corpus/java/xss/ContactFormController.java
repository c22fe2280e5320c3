// vigil-expect: vulnerable cwe=79
// case: a @ModelAttribute form bean's name getter is written into the thank-you page
package corpus.xss2;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ContactFormController {
  public static class ContactForm {
    private String name;
    private int age;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getAge() { return age; }
    public void setAge(int age) { this.age = age; }
  }

  @PostMapping("/contact")
  public void submit(@ModelAttribute ContactForm form, HttpServletResponse response) throws IOException {
    response.setContentType("text/html");
    response.getWriter().write("<p>Thanks, " + form.getName() + ". We will be in touch.</p>");
  }
}
