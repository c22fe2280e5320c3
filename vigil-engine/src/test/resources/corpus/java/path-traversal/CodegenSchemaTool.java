// vigil-expect: safe cwe=22
// case: a code generator under the project's codegen package writes the file the Maven build names in args
package org.example.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

public final class CodegenSchemaTool {
  private CodegenSchemaTool() {}

  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args[0], "Schema.java");
    Files.writeString(out, "public final class Schema {}\n", StandardCharsets.UTF_8);
  }
}
