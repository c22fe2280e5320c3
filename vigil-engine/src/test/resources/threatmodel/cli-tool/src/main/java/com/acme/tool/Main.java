package com.acme.tool;

import picocli.CommandLine;

public final class Main {
  public static void main(String[] args) {
    System.exit(new CommandLine(new ExportCommand()).execute(args));
  }
}
