package samples;

import com.zaxxer.hikari.HikariDataSource;
import java.net.PasswordAuthentication;
import java.sql.DriverManager;

class HardcodedCredentialSamples {
  // ruleid: java.hardcoded-credential
  private static final String DB_PASSWORD = "Pr0d-Passw0rd!";
  // ruleid: java.hardcoded-credential
  private String apiKey = "k7Hq29xLmP04vZtR8sYw";
  // ruleid: java.hardcoded-credential
  static final String SECRET_KEY = "c2VjcmV0LXNpZ25pbmcta2V5";
  // ruleid: java.hardcoded-credential
  private static final char[] KEYSTORE_PASSWORD = "st0re-Pa55!".toCharArray();
  // ruleid: java.hardcoded-credential
  @org.springframework.beans.factory.annotation.Value("${app.webhook.secret:wh-Secr3t-2024-prod}")
  private String webhookSecret;
  // ok: java.hardcoded-credential
  @org.springframework.beans.factory.annotation.Value("${app.webhook.secret}")
  private String requiredSecret;
  // ok: java.hardcoded-credential
  @org.springframework.beans.factory.annotation.Value("${app.page-size:20}")
  private int pageSize;
  // ok: java.hardcoded-credential
  static final String API_TOKEN_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api-token";
  // ruleid: java.hardcoded-credential
  private static final String[] DEFAULT_ADMIN_CREDENTIALS = {"admin", "Adm1n#2024!"};
  // ok: java.hardcoded-credential
  private static final String[] PASSWORD_FIELDS = {"password", "confirmPassword"};
  // ok: java.hardcoded-credential
  static final String PASSWORD_PARAM = "password";
  // ok: java.hardcoded-credential
  static final String TOKEN_HEADER = "X-Auth-Token";
  // ok: java.hardcoded-credential
  static final String JWT_SECRET_PROPERTY = "app.jwt.secret";
  // ok: java.hardcoded-credential
  static final String PASSWORD_KEY = "user.password";
  // ok: java.hardcoded-credential
  private String password = "";
  // ok: java.hardcoded-credential
  private String secret = "changeme";
  // ok: java.hardcoded-credential
  private String token = "${API_TOKEN}";
  // ok: java.hardcoded-credential
  private static final String PASSWORD_TOO_SHORT = "Password must have 12 characters";

  void samples(String user, String typed, HikariDataSource ds) throws Exception {
    // ruleid: java.hardcoded-credential
    DriverManager.getConnection("jdbc:h2:mem:x", "sa", "s3cr3t-h2");
    // ruleid: java.hardcoded-credential
    ds.setPassword("crm_Passw0rd_9");
    // ruleid: java.hardcoded-credential
    boolean backdoor = password.equals("Supp0rt#2023");
    String userPassword = typed;
    // ruleid: java.hardcoded-credential
    boolean master = "letMe1n!".equals(userPassword);
    // ruleid: java.hardcoded-credential
    new PasswordAuthentication(user, "pr0xyPass".toCharArray());
    // ruleid: java.hardcoded-credential
    password = "hunter22";
    java.util.Properties props = new java.util.Properties();
    // ruleid: java.hardcoded-credential
    props.put("mail.smtp.password", "Al3rts!Mail#7");
    // ok: java.hardcoded-credential
    props.put("mail.smtp.password", System.getenv("SMTP_PASSWORD"));
    // ok: java.hardcoded-credential
    props.setProperty("mail.smtp.auth", "true");
    // ok: java.hardcoded-credential
    DriverManager.getConnection("jdbc:h2:mem:x", "sa", System.getenv("DB_PASSWORD"));
    // ruleid: java.hardcoded-credential
    DriverManager.getConnection("jdbc:mysql://db:3306/app?user=app&password=B1ll-2024!x");
    // ok: java.hardcoded-credential
    DriverManager.getConnection("jdbc:mysql://db:3306/app?user=app&password=${DB_PASSWORD}");
    // ok: java.hardcoded-credential
    ds.setPassword(System.getenv("CRM_PASSWORD"));
    // ok: java.hardcoded-credential
    ds.setUsername("crm");
    // ok: java.hardcoded-credential
    String passwordHint = "Use a passphrase";
    // ok: java.hardcoded-credential
    String description = "s3cr3t-looking-but-not-a-secret-name";
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    // ruleid: java.hardcoded-credential
    headers.setBasicAuth("svc", "Bas1c#Auth-9");
    // ok: java.hardcoded-credential
    headers.setBasicAuth("svc", System.getenv("SVC_PASSWORD"));
    // ruleid: java.hardcoded-credential
    Object aws = new com.amazonaws.auth.BasicAWSCredentials("AKIA0000EXAMPLE0", "Zx9+Q2w/e3R4t5Y6u7I8o9P0");
    // ruleid: java.hardcoded-credential
    char[] storePassword = {'s', '7', 'o', 'r', '3', '!', 'p', 'w'};
    // ok: java.hardcoded-credential
    String passwordResetRoute = "/account/password-reset";
  }

  boolean typedEquals(String typed) {
    // todoruleid: java.hardcoded-credential
    return typed.equals("Supp0rt#2023");
  }

  // ok: java.hardcoded-credential
  static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
  // ok: java.hardcoded-credential
  static final String PWD_BASE = "xyzABCDEFGHJKMNPQRSTUVWXYZ23456789+@";
  // ok: java.hardcoded-credential
  static final String NOT_CHANGE_PASSWORD = "!canchangepassword";

  void filterChain(java.util.Map<String, String> chain) {
    // ok: java.hardcoded-credential
    chain.put("/api/token/**", "authc,perms[api]");
    // ruleid: java.hardcoded-credential
    chain.put("api.token", "Zq81-Lm5xKp0");
  }
}
