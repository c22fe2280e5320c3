// vigil-expect: safe cwe=798
// case: constants name secrets in a secret manager, they are not secrets
package corpus.creds;

public final class SecretManagerName {
  public static final String DB_PASSWORD_SECRET_NAME = "prod/billing/db-password";
  public static final String API_TOKEN_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:api-token";

  private SecretManagerName() {}
}
