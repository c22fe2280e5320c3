package samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

public class CommandSamples {
  public static void main(String[] args) throws IOException {
    // ruleid: java.command-injection
    Runtime.getRuntime().exec("ping " + args[0]);
  }

  public void shell(HttpServletRequest request) throws IOException {
    String host = request.getParameter("host");
    // ruleid: java.command-injection
    new ProcessBuilder("sh", "-c", "ping " + host).start();
  }

  public void constantCommand(HttpServletRequest request) throws IOException {
    String host = request.getParameter("host");
    // ok: java.command-injection
    Runtime.getRuntime().exec("uptime");
  }

  public void allowListed(HttpServletRequest request) throws IOException {
    String host = request.getParameter("host");
    if (!"localhost".equals(host) && !"example.org".equals(host)) {
      return;
    }
    // ok: java.command-injection
    Runtime.getRuntime().exec(new String[] {"ping", host});
  }

  public void listCommand(HttpServletRequest request) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("ls");
    cmd.add(request.getParameter("dir"));
    ProcessBuilder pb = new ProcessBuilder();
    pb.command(cmd);
    // ruleid: java.command-injection
    pb.start();
    // ok: java.command-injection
    new ProcessBuilder("uptime").start();
    // ruleid: java.command-injection
    new ProcessBuilder(java.util.Arrays.asList("sh", "-c", request.getParameter("cmd"))).inheritIO().start();
  }

  public void deadBranch(HttpServletRequest request) throws IOException {
    String arg = request.getParameter("arg");
    String cmd = "echo safe";
    if ((7 * 18) - 86 > 200) {
      cmd = "echo " + arg;
    }
    // ok: java.command-injection
    Runtime.getRuntime().exec(cmd);
  }

  enum Tool { DISK, UPTIME }

  public void enumChoice(HttpServletRequest request) throws IOException {
    Tool tool = Tool.valueOf(request.getParameter("tool"));
    // ok: java.command-injection
    Runtime.getRuntime().exec(tool.name().toLowerCase());
  }

  public void argumentLists(HttpServletRequest request) throws IOException {
    String host = request.getParameter("host");
    // ok: java.command-injection
    Runtime.getRuntime().exec(new String[] {"ping", "-c", "1", "--", host});
    // ok: java.command-injection
    new ProcessBuilder("/usr/bin/git", "log", "--author=" + host).start();
    String[] fixed = {"traceroute", "--", host};
    // ok: java.command-injection
    Runtime.getRuntime().exec(fixed);
    List<String> listed = new ArrayList<>();
    listed.add("ls");
    listed.add("--");
    listed.add(host);
    // ok: java.command-injection
    new ProcessBuilder(listed).start();
    // ruleid: java.command-injection
    new ProcessBuilder("git", "clone", host).start();
    // ruleid: java.command-injection
    Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "ping " + host});
    // ruleid: java.command-injection
    Runtime.getRuntime().exec(new String[] {host, "-l"});
    // ruleid: java.command-injection
    new ProcessBuilder("env", host).start();
    // ruleid: java.command-injection
    new ProcessBuilder("python3", "-c", host).start();
    // ruleid: java.command-injection
    new ProcessBuilder("cmd.exe", "/c", "dir " + host).start();
    // ruleid: java.command-injection
    Runtime.getRuntime().exec("ping -c 1 " + host);
  }

  public void shellList(HttpServletRequest request) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("sh");
    cmd.add("-c");
    cmd.add("ls " + request.getParameter("dir"));
    // ruleid: java.command-injection
    new ProcessBuilder(cmd).start();
  }
}
