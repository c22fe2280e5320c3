package dev.vigil.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Vigil server in a process of its own, for tests that kill it hard: {@code ServerProcess
 * DATA_DIR PORT_FILE [JDBC_URL USER PASSWORD]} starts it and writes its port to PORT_FILE.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    String jdbcUrl = args.length > 2 ? args[2] : null;
    VigilServer server = VigilServer.start(ServerHarness.config(data, jdbcUrl,
        args.length > 3 ? args[3] : null, args.length > 4 ? args[4] : null), new PrintStream(System.out, true));
    Path portFile = Path.of(args[1]);
    Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), String.valueOf(server.port()));
    Files.move(portFile.resolveSibling(portFile.getFileName() + ".tmp"), portFile);
    Thread.currentThread().join();
  }
}
