// vigil-expect: vulnerable cwe=89
// case: @ModelAttribute form field concatenated into SQL
package corpus.sqli;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class SearchFormController {
  private final JdbcTemplate jdbc;

  public SearchFormController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @PostMapping("/search")
  public String search(@ModelAttribute SearchForm form, Model model) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT * FROM books WHERE author = '" + form.getAuthor() + "'");
    model.addAttribute("rows", rows);
    return "results";
  }

  public static class SearchForm {
    private String author;

    public String getAuthor() {
      return author;
    }

    public void setAuthor(String author) {
      this.author = author;
    }
  }
}
