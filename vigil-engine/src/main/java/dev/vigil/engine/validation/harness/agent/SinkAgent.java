package dev.vigil.engine.validation.harness.agent;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The Java agent of the validation harness, run only inside the sandbox: it hooks the sink methods
 * listed in the file named by its argument (one per line: class, {@code true} if subclasses count,
 * method or {@code <init>}, number of parameters or -1) with {@link SinkAdvice}, including JDK
 * classes already loaded, so that {@link SinkRecorder} sees every call and its arguments.
 */
public final class SinkAgent {
  private SinkAgent() {}

  /** Installs the hooks before the harness's main method runs. */
  public static void premain(String arguments, Instrumentation instrumentation) throws IOException {
    AgentBuilder builder = new AgentBuilder.Default()
        .disableClassFormatChanges()
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.Listener.StreamWriting.toSystemError().withErrorsOnly())
        .ignore(nameStartsWith("net.bytebuddy.").or(nameStartsWith(SinkAgent.class.getPackageName() + "."))
            .or(isSynthetic()));
    for (String line : Files.readAllLines(Path.of(arguments), StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      if (cells.length != 4) continue;
      ElementMatcher.Junction<TypeDescription> type = Boolean.parseBoolean(cells[1])
          ? hasSuperType(named(cells[0])).and(not(isInterface()))
          : named(cells[0]);
      ElementMatcher.Junction<MethodDescription> method = cells[2].equals("<init>") ? isConstructor() : named(cells[2]);
      int arity = Integer.parseInt(cells[3]);
      ElementMatcher.Junction<MethodDescription> hooked = arity >= 0 ? method.and(takesArguments(arity)) : method;
      builder = builder.type(type)
          .transform((b, description, loader, module, domain) -> b
              .visit(Advice.to(SinkAdvice.class).on(hooked.and(isConstructor())))
              .visit(Advice.to(SinkAdvice.OnMethod.class).on(hooked.and(not(isConstructor())))))
          .assureReadEdgeTo(instrumentation, SinkRecorder.class);
    }
    builder.installOn(instrumentation);
  }
}
