package dev.vigil.server.forge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code git daemon} serving the bare repositories under a folder over {@code git://} on a
 * free local port, with pushes allowed: the remote a fix branch is pushed to in tests.
 */
final class GitDaemon implements AutoCloseable {
  private final Process process;
  private final int port;

  private GitDaemon(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the daemon for the repositories under {@code base} and waits until it accepts connections. */
  static GitDaemon serve(Path base) throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
        "--base-path=" + base.toAbsolutePath(), "--export-all", "--enable=receive-pack", "--informative-errors",
        base.toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    GitDaemon daemon = new GitDaemon(process, port);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return daemon;
      } catch (IOException notYet) {
        if (!process.isAlive()) throw new AssertionError("git daemon exited " + process.exitValue());
        Thread.sleep(50);
      }
    }
    daemon.close();
    throw new AssertionError("git daemon did not listen on port " + port);
  }

  /** Returns the {@code git://} URL of the repository {@code name} under the base folder. */
  String url(String name) {
    return "git://127.0.0.1:" + port + "/" + name;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
