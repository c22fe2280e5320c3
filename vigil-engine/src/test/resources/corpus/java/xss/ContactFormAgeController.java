// vigil-expect: safe cwe=79
// case: only the form bean's int age getter reaches the page
package corpus.xss2;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ContactFormAgeController {
  public static class ContactForm {
    private String name;
    private int age;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getAge() { return age; }
    public void setAge(int age) { this.age = age; }
  }

  @PostMapping("/contact-age")
  public void submit(@ModelAttribute ContactForm form, HttpServletResponse response) throws IOException {
    response.setContentType("text/html");
    response.getWriter().write("<p>Thanks. You told us you are " + form.getAge() + " years old.</p>");
  }
}
