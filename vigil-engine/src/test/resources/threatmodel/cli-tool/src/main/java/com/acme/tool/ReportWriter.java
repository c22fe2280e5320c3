package com.acme.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class ReportWriter {
  void write(Path output, String query) throws IOException {
    Files.writeString(output, query);
  }
}
