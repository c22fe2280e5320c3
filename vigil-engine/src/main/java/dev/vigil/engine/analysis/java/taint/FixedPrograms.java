package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Command calls that run a fixed program with an argument list: {@code Runtime.exec(String[])},
 * {@code new ProcessBuilder(...)} and {@code ProcessBuilder.command(...)} whose first element is a
 * constant program. No shell parses such a list, so a value among its arguments cannot start another
 * command: that is not OS command injection (CWE-78). A shell, a launcher that runs its arguments as
 * a command ({@code env}, {@code sudo}, {@code xargs}...), an interpreter, or a program given a
 * code flag ({@code -c}, {@code /c}, {@code -e}) as its second element still runs the input as code.
 */
final class FixedPrograms {
  /** The sink kind an argument of a fixed program cannot reach. */
  static final Set<String> COMMAND_INJECTION = Set.of("command-injection");
  private static final Set<String> RUN_THEIR_ARGUMENTS = Set.of(
      "sh", "bash", "rbash", "zsh", "dash", "ksh", "mksh", "yash", "csh", "tcsh", "fish", "ash", "busybox", "cmd", "command", "powershell",
      "pwsh", "env", "sudo", "doas", "su", "runuser", "xargs", "nohup", "nice", "ionice", "timeout", "time", "exec",
      "setsid", "stdbuf", "chroot", "strace", "watch", "ssh", "start", "script", "eval", "find", "awk", "gawk",
      "python", "python3", "perl", "ruby", "node", "php", "lua", "tclsh", "groovy", "jshell", "osascript",
      "wscript", "cscript", "rundll32", "mshta");

  private FixedPrograms() {}

  /** Returns true if {@code name} on {@code receiverType} builds or runs a command from a list or array. */
  static boolean buildsCommand(String name, String receiverType) {
    return name.equals("exec") && (receiverType == null || receiverType.endsWith("Runtime"))
        || name.equals("ProcessBuilder")
        || name.equals("command") && receiverType != null && receiverType.endsWith("ProcessBuilder")
        // Jenkins: Launcher.launch(String[], ...), ProcStarter.cmds(...), new ArgumentListBuilder(...)
        || name.equals("launch") && receiverType != null && receiverType.endsWith("Launcher")
        || name.equals("cmds") && receiverType != null && receiverType.endsWith("ProcStarter")
        || name.equals("ArgumentListBuilder");
  }

  /**
   * Returns true if the command of {@code elements} (their expressions {@code items}, where written
   * in place, else null) runs a fixed program whose input values can be neither code nor options.
   */
  static boolean runsWithoutInjection(List<Value> elements, List<Expression> items) {
    if (elements.isEmpty() || !runsFixedProgram(elements.get(0))) return false;
    boolean endOfOptions = false;
    for (int i = 1; i < elements.size(); i++) {
      Value element = elements.get(i);
      if ("--".equals(element.constant())) endOfOptions = true;
      boolean injectable = element.taints().stream().anyMatch(t -> t.reaches("command-injection"));
      if (injectable && !endOfOptions && !(items != null && gluedToConstant(items.get(i)))) return false;
    }
    return true;
  }

  private static boolean gluedToConstant(Expression item) {
    Expression left = item;
    while (left instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) left = b.getLeft();
    return left != item && left instanceof StringLiteralExpr literal && !literal.getValue().isEmpty();
  }

  /** Returns true if {@code program}, a command's first element, is a constant program that does not run its arguments as code. */
  private static boolean runsFixedProgram(Value program) {
    if (program == null || !(program.constant() instanceof String name) || program.tainted()) {
      return false;
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
        .toLowerCase(Locale.ROOT).replaceFirst("\\.exe$", "").replaceFirst("[0-9.]+$", "");
    return !base.isBlank() && !RUN_THEIR_ARGUMENTS.contains(base);
  }
}
