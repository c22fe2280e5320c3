package dev.vigil.engine.report;

import dev.vigil.engine.analysis.RuleInfo;
import dev.vigil.engine.git.ScanResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the outcome of a scan in one report format.
 *
 * <p>Implementations are stateless and thread-safe. They write what the analyzers reported and
 * nothing more: secrets arrive masked and stay masked. The only exception a writer throws is the
 * {@link IOException} of the target it writes to; it flushes the target but never closes it.
 */
public interface ReportWriter {
  /** Writes {@code result} to {@code out}, describing rules from {@code rules} where they apply. */
  void write(ScanResult result, List<RuleInfo> rules, Writer out) throws IOException;

  /** Writes {@code result} to {@code out} encoded as UTF-8, flushing but not closing it. */
  default void write(ScanResult result, List<RuleInfo> rules, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(result, rules, writer);
    writer.flush();
  }
}
