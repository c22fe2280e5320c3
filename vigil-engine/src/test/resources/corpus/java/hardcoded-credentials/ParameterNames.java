// vigil-expect: safe cwe=798
// case: constants that name parameters and headers
package corpus.creds;

public final class ParameterNames {
  public static final String PASSWORD_PARAM = "password";
  public static final String TOKEN_HEADER = "X-Auth-Token";
  public static final String SECRET_PROPERTY = "app.jwt.secret";
  public static final String API_KEY_FIELD = "apiKey";

  private ParameterNames() {}
}
