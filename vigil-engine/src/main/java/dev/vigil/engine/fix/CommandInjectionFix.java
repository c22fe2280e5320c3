package dev.vigil.engine.fix;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.utils.StringEscapeUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OS command injection becomes an argument list, with no shell: a command line concatenated into
 * {@code Runtime.exec(String)} (which splits on spaces, so a value with a space becomes several
 * arguments), or a script given to {@code sh -c} / {@code cmd.exe /c}, is split into its words and
 * the value becomes one argument of its own, after a {@code --} that ends the program's options. A script that uses the shell (pipes, redirections,
 * variables, globs) is refused, and so is a command whose program comes from the input.
 */
final class CommandInjectionFix extends JavaFix {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "/bin/sh", "/bin/bash", "zsh", "cmd", "cmd.exe", "/usr/bin/bash");
  private static final Set<String> CMD_BUILTINS = Set.of("dir", "echo", "type", "copy", "del", "move", "ren", "mkdir",
      "rmdir", "set", "cd", "cls", "start", "ver", "vol", "mklink", "erase", "rd", "md");
  private static final Pattern SHELL_SYNTAX = Pattern.compile("[|&;<>()$`*?~{}\\[\\]!#^%\"\\\\]");

  CommandInjectionFix() {
    super("java.command-injection");
  }

  @Override
  String fix(Edit edit) {
    Node sink = edit.callAt(Set.of("exec", "ProcessBuilder", "command", "start"));
    List<Expression> arguments = sink instanceof MethodCallExpr call ? call.getArguments()
        : ((ObjectCreationExpr) sink).getArguments();
    if (arguments.isEmpty()) {
      throw new NoSafeFix("the command is built before " + sink + ", outside the call, so its words are not visible here");
    }
    Expression first = arguments.get(0);
    if (sink instanceof MethodCallExpr call && call.getNameAsString().equals("exec") && SqlText.isConcatenation(first)) {
      List<Expression> words = words(first, false);
      if (words.get(0) instanceof StringLiteralExpr program && SHELLS.contains(program.asString())) {
        throw new NoSafeFix("the command line starts the shell " + program.asString() + ", whose script may use its "
            + "built-in commands and syntax, so it cannot become a plain argument list without a person");
      }
      call.setArgument(0, stringArray(words));
      return "Runs the program with an argument list instead of a command line that Runtime.exec splits on spaces, "
          + "so the value stays one argument. " + optionNote();
    }
    List<Expression> list = listOf(first, arguments, sink);
    if (list.size() == 3 && list.get(0) instanceof StringLiteralExpr shell && SHELLS.contains(shell.asString())
        && list.get(1) instanceof StringLiteralExpr flag && Set.of("-c", "/c", "/C").contains(flag.asString())
        && SqlText.isConcatenation(list.get(2))) {
      List<Expression> words = words(list.get(2), true);
      if (words.get(0) instanceof StringLiteralExpr program && CMD_BUILTINS.contains(program.asString().toLowerCase(java.util.Locale.ROOT))
          && shell.asString().startsWith("cmd")) {
        throw new NoSafeFix(program.asString() + " is a built-in command of " + shell.asString() + ", not a program, so "
            + "it cannot run without the shell");
      }
      Node holder = list.get(0).getParentNode().orElseThrow();
      if (holder instanceof ArrayInitializerExpr init) {
        init.setValues(new NodeList<>(words));
      } else if (holder instanceof MethodCallExpr || holder instanceof ObjectCreationExpr) {
        NodeList<Expression> args = holder instanceof MethodCallExpr m ? m.getArguments() : ((ObjectCreationExpr) holder).getArguments();
        args.clear();
        args.addAll(words);
      } else {
        throw new NoSafeFix("the shell command is held where its words cannot be replaced");
      }
      return "Runs the program directly with an argument list instead of through " + shell.asString() + ", so no "
          + "shell parses the value. " + optionNote();
    }
    throw new NoSafeFix("the command is not a concatenated command line or a 'sh -c' script at the call "
        + "(it is built elsewhere or as a list), so its words are not visible here");
  }

  private static String optionNote() {
    return "A '--' before the value ends the program's options, so a value starting with '-' is not read as one "
        + "(check that the program follows this convention).";
  }

  private static List<Expression> listOf(Expression first, List<Expression> arguments, Node sink) {
    if (first instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
      return array.getInitializer().get().getValues();
    }
    if (first instanceof MethodCallExpr call && Set.of("asList", "of").contains(call.getNameAsString())) {
      return call.getArguments();
    }
    return sink instanceof ObjectCreationExpr || sink instanceof MethodCallExpr m && m.getNameAsString().equals("command")
        ? arguments : List.of();
  }

  /** Returns the words of a command line: literal words, values as their own words, or both glued into one. */
  private static List<Expression> words(Expression commandLine, boolean shell) {
    List<Expression> parts = new ArrayList<>();
    flatten(commandLine, parts);
    List<Expression> words = new ArrayList<>();
    List<Expression> word = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Expression part = parts.get(i);
      if (!(part instanceof StringLiteralExpr literal)) {
        if (words.isEmpty() && word.isEmpty()) {
          throw new NoSafeFix("the program itself comes from " + part + ": it needs an allow-list of programs");
        }
        word.add(part.clone());
        continue;
      }
      String text = literal.asString();
      if (shell && SHELL_SYNTAX.matcher(text.replace("'", "")).find()) {
        throw new NoSafeFix("the script uses shell syntax (" + text.strip() + "), so it needs the shell; the value "
            + "must be passed as a positional parameter (\"$1\") by a person who knows the script");
      }
      StringBuilder current = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (Character.isWhitespace(c)) {
          if (current.length() > 0) word.add(literal(current.toString()));
          current.setLength(0);
          if (!word.isEmpty()) words.add(join(word));
          word.clear();
        } else if (!(shell && c == '\'')) {
          current.append(c);
        }
      }
      if (current.length() > 0) word.add(literal(current.toString()));
    }
    if (!word.isEmpty()) words.add(join(word));
    return endOfOptions(words);
  }

  /** Returns the words with {@code --} before the first that starts with a value, so the value cannot be an option. */
  private static List<Expression> endOfOptions(List<Expression> words) {
    List<Expression> result = new ArrayList<>(words);
    for (int i = 1; i < result.size(); i++) {
      Expression word = result.get(i);
      if (word instanceof StringLiteralExpr literal && literal.asString().equals("--")) return result;
      Expression first = word;
      while (first instanceof BinaryExpr b) first = b.getLeft();
      if (!(first instanceof StringLiteralExpr literal) || literal.asString().isEmpty()) {
        result.add(i, new StringLiteralExpr("--"));
        return result;
      }
    }
    return result;
  }

  private static Expression join(List<Expression> word) {
    Expression result = word.get(0);
    for (int i = 1; i < word.size(); i++) result = new BinaryExpr(result, word.get(i), BinaryExpr.Operator.PLUS);
    if (word.size() > 1 && word.stream().noneMatch(e -> e instanceof StringLiteralExpr)) {
      result = new BinaryExpr(new StringLiteralExpr(""), result, BinaryExpr.Operator.PLUS);
    }
    return result;
  }

  private static StringLiteralExpr literal(String text) {
    return new StringLiteralExpr(StringEscapeUtils.escapeJava(text));
  }

  /** Adds the operands of a string concatenation to {@code parts}, left to right. */
  static void flatten(Expression expression, List<Expression> parts) {
    if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      flatten(binary.getLeft(), parts);
      flatten(binary.getRight(), parts);
    } else if (expression instanceof com.github.javaparser.ast.expr.EnclosedExpr enclosed) {
      flatten(enclosed.getInner(), parts);
    } else {
      parts.add(expression);
    }
  }

  private static ArrayCreationExpr stringArray(List<Expression> words) {
    return new ArrayCreationExpr(StaticJavaParser.parseClassOrInterfaceType("String"),
        new NodeList<>(new com.github.javaparser.ast.ArrayCreationLevel()), new ArrayInitializerExpr(new NodeList<>(words)));
  }
}
