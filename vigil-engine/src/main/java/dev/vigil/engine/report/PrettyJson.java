package dev.vigil.engine.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes JSON documents the same way for every report: two-space indent, {@code "name": value},
 * one array element a line, {@code \n} line ends whatever the platform, and a final newline.
 */
final class PrettyJson {
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  PrettyJson() {
    this.mapper = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.writer = mapper.writer(printer);
  }

  /** Returns the mapper used to build trees. */
  ObjectMapper mapper() {
    return mapper;
  }

  /** Writes {@code document} followed by a newline and flushes {@code out} without closing it. */
  void write(Object document, Writer out) throws IOException {
    writer.writeValue(out, document);
    out.write('\n');
    out.flush();
  }
}
