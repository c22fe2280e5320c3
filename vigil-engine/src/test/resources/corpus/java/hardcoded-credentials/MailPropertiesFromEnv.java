// vigil-expect: safe cwe=798
// case: SMTP password put into Properties from the environment
package corpus.creds;

import java.util.Properties;

public class MailPropertiesFromEnv {
  public Properties smtp() {
    Properties props = new Properties();
    props.put("mail.smtp.host", "smtp.example.com");
    props.put("mail.smtp.password", System.getenv("SMTP_PASSWORD"));
    props.setProperty("mail.smtp.auth", "true");
    return props;
  }
}
