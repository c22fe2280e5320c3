package dev.vigil.engine.validation.harness;

import dev.vigil.engine.analysis.java.taint.SinkSignatures;
import dev.vigil.engine.analysis.java.taint.SinkSignatures.Signature;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shell script that runs a harness in the sandbox, self-contained so a person can rerun it: it
 * writes the generated source and the sink list, resolves the Maven class path offline when there
 * is a pom, compiles the harness and runs it with the sink agent.
 */
final class HarnessScript {
  private static final String END = "VIGIL_END";
  /** Where the script keeps the resolved Maven class path in the work tree, for the next harness on it. */
  static final String CLASS_PATH_FILE = ".vigil-classpath";
  private final String source;
  private final String script;

  private HarnessScript(String source, String script) {
    this.source = source;
    this.script = script;
  }

  /** Returns the script calling {@code entry} with {@code marker}, the sinks hooked, classes from {@code classPath}. */
  static HarnessScript of(EntryPoint entry, String marker, List<Signature> sinks, List<String> classPath, Path agentJar) {
    String source = HarnessSource.generate(entry, marker);
    String hooks = sinks.stream().map(s -> s.type() + "\t" + s.subtypes() + "\t" + s.method() + "\t" + s.arity())
        .collect(Collectors.joining("\n"));
    String script = String.join("\n",
        "H=/tmp/vigil-harness; mkdir -p \"$H/classes\"",
        "cat > \"$H/VigilHarness.java\" <<'" + END + "'", source.stripTrailing(), END,
        "cat > \"$H/sinks.txt\" <<'" + END + "'", hooks, END,
        "CP='" + String.join(":", classPath) + "'",
        "# The Maven dependency class path, resolved offline once per work tree (every module, failures aside).",
        "if [ -f pom.xml ] && [ ! -f " + CLASS_PATH_FILE + " ]; then",
        "  mvn -B -q -o -fn dependency:build-classpath -Dmdep.outputFile=\"$PWD/" + CLASS_PATH_FILE + ".part\""
            + " -Dmdep.appendOutput=true > \"$H/maven.log\" 2>&1 || true",
        "  if [ -s " + CLASS_PATH_FILE + ".part ]; then mv " + CLASS_PATH_FILE + ".part " + CLASS_PATH_FILE + "; else",
        "    echo 'vigil: the Maven class path could not be resolved offline; the harness runs without dependencies:'",
        "    tail -n 15 \"$H/maven.log\"",
        "  fi",
        "fi",
        "if [ -f " + CLASS_PATH_FILE + " ]; then CP=\"$CP:$(tr '\\n' ':' < " + CLASS_PATH_FILE + ")\"; fi",
        "javac -nowarn -proc:none -encoding UTF-8 -d \"$H/classes\" \"$H/VigilHarness.java\"",
        "exec java -Xmx512m -XX:TieredStopAtLevel=1 -javaagent:" + agentJar + "=\"$H/sinks.txt\""
            + " -cp \"$H/classes:$CP\" VigilHarness",
        "");
    return new HarnessScript(source, script);
  }

  /** Returns the generated Java source. */
  String source() {
    return source;
  }

  /** Returns the whole script. */
  String script() {
    return script;
  }
}
