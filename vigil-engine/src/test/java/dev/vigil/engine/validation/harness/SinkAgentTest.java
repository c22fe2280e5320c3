package dev.vigil.engine.validation.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.analysis.java.taint.SinkSignatures;
import dev.vigil.engine.validation.sandbox.Phase;
import dev.vigil.engine.validation.sandbox.Sandbox;
import dev.vigil.engine.validation.sandbox.SandboxCommand;
import dev.vigil.engine.validation.sandbox.SandboxPolicy;
import dev.vigil.engine.validation.sandbox.SandboxResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink agent hooks JDK classes loaded before it (constructors, receivers, {@code String} itself),
 * in the sandbox.
 */
class SinkAgentTest {
  @TempDir Path temp;

  @Test
  void jdkSinksAreRecordedWithTheMarkerInAnArgumentOrTheReceiver() throws Exception {
    Path agent = SinkAgentJars.write(temp.resolve("agent"));
    SinkSignatures sinks = SinkSignatures.builtIn();
    Path hooks = temp.resolve("agent").resolve("sinks.txt");
    Files.writeString(hooks, Stream.of("path-injection", "command-injection", "regex-injection")
        .flatMap(kind -> sinks.of(kind).stream())
        .map(s -> s.type() + "\t" + s.subtypes() + "\t" + s.method() + "\t" + s.arity())
        .collect(Collectors.joining("\n")));
    Path classes = Path.of(AgentProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path tree = Files.createDirectories(temp.resolve("tree"));

    SandboxResult result = Sandbox.system().run(SandboxPolicy.of(Phase.VALIDATION, tree)
            .withReadOnly(temp.resolve("agent")).withReadOnly(classes),
        SandboxCommand.of("java", "-javaagent:" + agent + "=" + hooks, "-cp", classes.toString(),
            AgentProbe.class.getName(), "vigil0badc0ffee1"));

    assertThat(result.exitCode()).as(result.output()).isZero();
    HarnessReport report = HarnessReport.parse(result.output());
    assertThat(report.calls()).extracting(c -> c.method() + " " + c.hit() + " " + c.argument() + " " + c.text())
        .contains("java.io.FileInputStream.<init> true 0 ../vigil0badc0ffee1",
            "java.lang.ProcessBuilder.start false -1 echo safe",
            "java.lang.ProcessBuilder.start true -1 echo vigil0badc0ffee1",
            "java.lang.String.matches true 0 ^vigil0badc0ffee1");
  }
}
