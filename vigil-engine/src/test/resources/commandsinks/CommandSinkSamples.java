package samples;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelShell;
import com.jcraft.jsch.Session;
import hudson.Launcher;
import hudson.util.ArgumentListBuilder;
import hudson.util.FormValidation;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.kohsuke.stapler.QueryParameter;

/**
 * Held-out sample for command sinks beyond Runtime/ProcessBuilder: Jenkins launchers and argument
 * lists (argument injection: a value that may start with '-' before any "--"), JSch shell channels
 * written through a stream, and shell quoting done by hand.
 */
public class CommandSinkSamples {
  private Launcher launcher;
  private Session session;

  public FormValidation doCheckRemote(@QueryParameter String url, @QueryParameter String branch)
      throws Exception {
    ArgumentListBuilder args = new ArgumentListBuilder("git", "ls-remote", "-h");
    args.add(url);
    // ruleid: java.command-injection
    launcher.launch().cmds(args).join();

    ArgumentListBuilder ended = new ArgumentListBuilder("git", "ls-remote", "-h");
    ended.add("--");
    ended.add(url);
    // ok: java.command-injection
    launcher.launch().cmds(ended).join();

    ArgumentListBuilder fixed = new ArgumentListBuilder("git", "fetch");
    fixed.add("origin");
    // ok: java.command-injection
    launcher.launch().cmds(fixed).join();

    // ruleid: java.command-injection
    launcher.launch().cmds("git", "fetch", url).join();
    // ok: java.command-injection
    launcher.launch().cmds("git", "fetch", "--", url).join();
    // ruleid: java.command-injection
    launcher.launch().cmds(Arrays.asList("docker", "pull", branch)).join();
    // ruleid: java.command-injection
    launcher.launch(new String[] {"git", "clone", url}, new String[0], null, null).join();

    ArgumentListBuilder checked = new ArgumentListBuilder("git", "checkout");
    if (branch.startsWith("-")) {
      return FormValidation.error("A branch name must not start with -");
    }
    checked.add(branch);
    // ok: java.command-injection
    launcher.launch().cmds(checked).join();

    ArgumentListBuilder shellLine = new ArgumentListBuilder("sh", "-c");
    shellLine.add("git log " + branch);
    // ruleid: java.command-injection
    launcher.launch().cmds(shellLine).join();
    // ruleid: java.command-injection
    new ProcessBuilder("docker", "run", branch).start();
    // ok: java.command-injection
    new ProcessBuilder("docker", "run", "--", branch).start();
    // ruleid: java.command-injection
    Runtime.getRuntime().exec(new String[] {"ssh", url, "uptime"});
    return FormValidation.ok();
  }

  public FormValidation doTestShell(@QueryParameter String dir) throws Exception {
    ChannelShell shell = (ChannelShell) session.openChannel("shell");
    shell.connect();
    PrintWriter writer = null;
    writer = new PrintWriter(shell.getOutputStream());
    // ruleid: java.command-injection
    writer.println("cd " + dir);
    // ok: java.command-injection
    writer.println("exit");
    OutputStream raw = shell.getOutputStream();
    // ruleid: java.command-injection
    raw.write(("ls " + dir + "\n").getBytes(StandardCharsets.UTF_8));
    // ok: java.command-injection
    writer.println("ls " + quoted(dir));
    // ruleid: java.command-injection
    writer.println("ls " + wrapped(dir));

    ChannelExec exec = (ChannelExec) session.openChannel("exec");
    exec.setCommand("cat > /srv/notes.txt");
    PrintWriter stdin = new PrintWriter(exec.getOutputStream());
    // ok: java.command-injection
    stdin.println(dir);
    PrintWriter log = new PrintWriter(new FileOutputStream("/var/log/shell.log"));
    // ok: java.command-injection
    log.println("cd " + dir);
    return FormValidation.ok();
  }

  public FormValidation doCheckPath(@QueryParameter String path) throws Exception {
    ChannelExec exec = (ChannelExec) session.openChannel("exec");
    // ok: java.command-injection
    exec.setCommand("ls -l " + quoted(path));
    // ruleid: java.command-injection
    exec.setCommand("ls -l " + wrapped(path));
    return FormValidation.ok();
  }

  // Added after the held-out figures: arguments appended by a helper that takes the list.
  public FormValidation doCheckHelper(@QueryParameter String url) throws Exception {
    ArgumentListBuilder args = new ArgumentListBuilder("git", "ls-remote");
    addRemote(args, url);
    // ruleid: java.command-injection
    launcher.launch().cmds(args).join();
    ArgumentListBuilder ended = new ArgumentListBuilder("git", "ls-remote");
    addOperand(ended, url);
    // ok: java.command-injection
    launcher.launch().cmds(ended).join();
    ArgumentListBuilder checked = new ArgumentListBuilder("git", "ls-remote");
    addChecked(checked, url);
    // ok: java.command-injection
    launcher.launch().cmds(checked).join();
    return FormValidation.ok();
  }

  private static void addRemote(ArgumentListBuilder args, String url) {
    args.add(url.trim());
  }

  private static void addOperand(ArgumentListBuilder args, String url) {
    args.add("--");
    args.add(url.trim());
  }

  private static void addChecked(ArgumentListBuilder args, String url) {
    if (url.startsWith("-")) {
      throw new IllegalArgumentException("Invalid remote URL: " + url);
    }
    args.add(url);
  }

  /** Quotes a value for a POSIX shell: single quotes, each embedded quote closed, escaped and reopened. */
  private static String quoted(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** Wraps a value in single quotes without escaping the quotes inside it. */
  private static String wrapped(String value) {
    return "'" + value + "'";
  }
}
