package com.acme.tool;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Exports a report.")
public class ExportCommand implements Callable<Integer> {
  @Option(names = {"--output", "-o"})
  Path output;

  @Option(names = "--token")
  String apiToken;

  @Parameters(paramLabel = "QUERY")
  String query;

  @Override
  public Integer call() throws Exception {
    new ReportWriter().write(output, query);
    return 0;
  }
}
