// vigil-expect: vulnerable cwe=78
// case: a product command-line tool passes its argument into a shell command line
package com.example.imaging.cli;

import java.io.IOException;

public final class ImageConvertCli {
  private ImageConvertCli() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 1) {
      System.err.println("usage: convert-image <file>");
      System.exit(2);
    }
    Process p = Runtime.getRuntime().exec(new String[] {"sh", "-c", "convert " + args[0] + " out.png"});
    System.exit(p.waitFor());
  }
}
