package dev.vigil.engine.validation.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link SandboxPolicy} into bubblewrap's arguments and the variables it passes on. The
 * root is an empty tmpfs holding only the system folders (read-only), a private /tmp and HOME,
 * the work tree at {@link #WORKSPACE} and the cache; the host's home folders, /root, /srv, /var
 * and Vigil's data are simply not there.
 */
final class BwrapArguments {
  /** Where the work tree appears inside, and the working directory. */
  static final String WORKSPACE = "/workspace";
  /** Where the whole cache folder appears inside. */
  static final String CACHE = "/cache";
  /** The cache's subfolders bound at the same name under HOME, for the usual package managers. */
  static final List<String> HOME_CACHES = List.of(".m2", ".gradle", ".ivy2", ".sbt", ".npm", ".yarn",
      ".cache", ".cargo", ".nuget", ".pub-cache", "go");
  private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64",
      "/libx32", "/etc", "/opt", "/sys");
  private static final List<String> SYSTEM_SECRETS = List.of("/etc/shadow", "/etc/gshadow", "/etc/ssh",
      "/etc/ssl/private", "/etc/sudoers", "/etc/sudoers.d");
  private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  /**
   * The private HOME inside, a tmpfs discarded after each command: at the path of this user's own
   * home, which it hides, because Java and so Maven and Gradle take their home from the user
   * database rather than from {@code $HOME}.
   */
  static final String HOME = home();

  private BwrapArguments() {}

  /** Returns bubblewrap's arguments for the policy, ending with {@code --}; status goes to fd 3. */
  static List<String> of(SandboxPolicy policy) {
    List<String> args = new ArrayList<>(List.of("--unshare-user", "--unshare-pid", "--unshare-ipc",
        "--unshare-uts", "--hostname", "vigil-sandbox", "--cap-drop", "ALL", "--die-with-parent",
        "--new-session", "--json-status-fd", "3"));
    if (!policy.phase().trusted()) args.add("--unshare-net");
    for (String folder : SYSTEM) system(args, Path.of(folder));
    if (policy.phase().trusted()) resolver(args);
    args.addAll(List.of("--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp", "--tmpfs", "/var/tmp",
        "--tmpfs", HOME));
    for (Path folder : policy.readOnly()) bind(args, "--ro-bind", folder, folder.toString());
    for (String secret : SYSTEM_SECRETS) hide(args, Path.of(secret));
    for (Path hidden : policy.hidden()) hide(args, hidden);
    // A folder shown inside a hidden one (a mirror in the data folder) is bound again on top.
    for (Path folder : policy.readOnly()) {
      if (policy.hidden().stream().anyMatch(h -> folder.startsWith(h) && !folder.equals(h))) {
        bind(args, "--ro-bind", folder, folder.toString());
      }
    }
    bind(args, "--bind", policy.workTree(), WORKSPACE);
    if (policy.cache() != null) cache(args, policy);
    args.addAll(List.of("--chdir", WORKSPACE, "--"));
    return args;
  }

  /** Returns the variables of the sandboxed command: a fixed base, the policy's, the secrets in setup. */
  static Map<String, String> variables(SandboxPolicy policy) {
    Map<String, String> variables = new TreeMap<>(Map.of("PATH", PATH, "HOME", HOME, "USER", System.getProperty("user.name", "vigil"),
        "TMPDIR", "/tmp", "LANG", "C.UTF-8", "VIGIL_PHASE", policy.phase().label()));
    if (policy.cache() != null) variables.put("VIGIL_CACHE", CACHE);
    variables.putAll(policy.visibleVariables());
    return variables;
  }

  private static String home() {
    String home = System.getProperty("user.home", "");
    boolean usable = home.startsWith("/") && !home.equals("/")
        && SYSTEM.stream().noneMatch(folder -> Path.of(home).startsWith(folder));
    return usable ? Path.of(home).normalize().toString() : "/home/vigil";
  }

  private static void cache(List<String> args, SandboxPolicy policy) {
    String mode = policy.phase().trusted() ? "--bind" : "--ro-bind";
    try {
      for (String name : HOME_CACHES) Files.createDirectories(policy.cache().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the cache folder " + policy.cache(), e);
    }
    bind(args, mode, policy.cache(), CACHE);
    for (String name : HOME_CACHES) bind(args, mode, policy.cache().resolve(name), HOME + "/" + name);
  }

  /** Binds the resolver configuration where {@code /etc/resolv.conf} points outside /etc (systemd-resolved's /run). */
  private static void resolver(List<String> args) {
    try {
      Path real = Path.of("/etc/resolv.conf").toRealPath();
      if (SYSTEM.stream().noneMatch(real::startsWith)) bind(args, "--ro-bind", real, real.toString());
    } catch (IOException e) {
      // No resolver configuration: names do not resolve, in the sandbox as outside it.
    }
  }

  private static void system(List<String> args, Path folder) {
    if (Files.isSymbolicLink(folder)) {
      try {
        args.addAll(List.of("--symlink", Files.readSymbolicLink(folder).toString(), folder.toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the link " + folder, e);
      }
    } else if (Files.isDirectory(folder)) {
      bind(args, "--ro-bind", folder, folder.toString());
    }
  }

  private static void hide(List<String> args, Path path) {
    if (Files.isDirectory(path)) args.addAll(List.of("--tmpfs", path.toString()));
    else if (Files.exists(path)) args.addAll(List.of("--ro-bind", "/dev/null", path.toString()));
  }

  private static void bind(List<String> args, String mode, Path from, String to) {
    args.addAll(List.of(mode, from.toString(), to));
  }
}
