// vigil-expect: vulnerable cwe=798
// case: SMTP password put into Properties as a literal
package corpus.creds;

import java.util.Properties;

public class MailProperties {
  public Properties smtp() {
    Properties props = new Properties();
    props.put("mail.smtp.host", "smtp.example.com");
    props.put("mail.smtp.user", "alerts@example.com");
    props.put("mail.smtp.password", "Al3rts!Mail#7");
    return props;
  }
}
