// vigil-expect: vulnerable cwe=78
// case: main(String[] args) flows into Runtime.exec
package corpus.cmdi;

import java.io.IOException;

public final class BackupTool {
  private BackupTool() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1) {
      System.err.println("usage: backup <directory>");
      return;
    }
    Process p = Runtime.getRuntime().exec("tar -czf /backups/latest.tgz " + args[0]);
    System.exit(p.waitFor());
  }
}
