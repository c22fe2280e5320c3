package corpus.redirect.policy;

final class RedirectPolicy {
  private RedirectPolicy() {}

  static String target(String requested) {
    if ("orders".equals(requested)) {
      return "/orders";
    }
    if ("profile".equals(requested)) {
      return "/profile";
    }
    return "/";
  }
}
