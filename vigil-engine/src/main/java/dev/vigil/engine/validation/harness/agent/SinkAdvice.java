package dev.vigil.engine.validation.harness.agent;

import net.bytebuddy.asm.Advice;

/**
 * The code inlined at the start of every hooked sink constructor: it hands the arguments to the
 * recorder (the object under construction cannot be read yet).
 */
public final class SinkAdvice {
  private SinkAdvice() {}

  /** Records the call before the sink runs. */
  @Advice.OnMethodEnter
  public static void enter(@Advice.Origin("#t.#m") String method, @Advice.AllArguments Object[] arguments) {
    SinkRecorder.record(method, null, arguments);
  }

  /** The code inlined at the start of every hooked sink method: the receiver counts too (a {@code File}'s path). */
  public static final class OnMethod {
    private OnMethod() {}

    /** Records the call before the sink runs. */
    @Advice.OnMethodEnter
    public static void enter(@Advice.Origin("#t.#m") String method, @Advice.This(optional = true) Object receiver,
        @Advice.AllArguments Object[] arguments) {
      SinkRecorder.record(method, receiver, arguments);
    }
  }
}
