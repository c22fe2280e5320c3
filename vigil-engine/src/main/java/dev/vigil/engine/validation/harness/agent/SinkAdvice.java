package dev.vigil.engine.validation.harness.agent;

import net.bytebuddy.asm.Advice;

/** The code inlined at the start of every hooked sink method: it hands the arguments to the recorder. */
public final class SinkAdvice {
  private SinkAdvice() {}

  /** Records the call before the sink runs. */
  @Advice.OnMethodEnter
  public static void enter(@Advice.Origin("#t.#m") String method, @Advice.AllArguments Object[] arguments) {
    SinkRecorder.record(method, arguments);
  }
}
