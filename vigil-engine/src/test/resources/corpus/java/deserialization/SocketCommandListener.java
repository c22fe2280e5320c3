// vigil-expect: vulnerable cwe=502
// case: commands read with ObjectInputStream from an accepted socket
package corpus.deser;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;

public class SocketCommandListener implements Runnable {
  private final int port;

  public SocketCommandListener(int port) {
    this.port = port;
  }

  @Override
  public void run() {
    try (ServerSocket server = new ServerSocket(port)) {
      while (!Thread.currentThread().isInterrupted()) {
        try (Socket socket = server.accept();
            ObjectInputStream in = new ObjectInputStream(socket.getInputStream())) {
          Runnable command = (Runnable) in.readObject();
          command.run();
        } catch (ClassNotFoundException e) {
          System.err.println("unknown command class: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
