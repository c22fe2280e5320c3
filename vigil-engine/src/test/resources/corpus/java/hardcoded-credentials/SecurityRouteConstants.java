// vigil-expect: safe cwe=798
// case: constants name routes, token types and secret ids, not secrets
package corpus.creds;

public final class SecurityRouteConstants {
  public static final String PASSWORD_RESET_ROUTE = "/account/password-reset";
  public static final String TOKEN_TYPE = "Bearer";
  public static final String REFRESH_TOKEN_GRANT = "refresh_token";
  public static final String DB_PASSWORD_SECRET_ID = "projects/acme/secrets/db-password";
  public static final String API_KEY_HEADER_NAME = "X-Api-Key";

  private SecurityRouteConstants() {}
}
