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
}
