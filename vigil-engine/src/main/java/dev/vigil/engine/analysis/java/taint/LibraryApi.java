package dev.vigil.engine.analysis.java.taint;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Set;

/**
 * The parameters of a library's public API that carry external content: streams, readers, SAX
 * input sources and XML sources, whose bytes come from whoever calls the library. Their content
 * is untrusted input of the threat-model kind {@code library-input}. Names, paths, URLs and
 * strings are left out: a caller chooses those on purpose, and opening or naming what the caller
 * named is what a library is for. So is an {@code ObjectInputStream}: it is handed to a class's
 * own serialization hooks ({@code readObject}), whose caller is deserializing already.
 */
final class LibraryApi {
  /** The threat-model kind of content handed to a library's public API. */
  static final String THREAT = "library-input";
  private static final Set<String> CONTENT_TYPES = Set.of("InputStream", "Reader", "BufferedReader",
      "InputStreamReader", "BufferedInputStream", "DataInputStream",
      "ByteArrayInputStream", "FileInputStream", "FilterInputStream", "PushbackInputStream",
      "PushbackReader", "LineNumberReader", "InputSource", "Source", "StreamSource", "SAXSource",
      "ReadableByteChannel", "ZipInputStream", "GZIPInputStream");

  private LibraryApi() {}

  /** Returns true if a parameter of {@code type} carries content: a stream, reader or document source. */
  static boolean carriesContent(String type) {
    String erased = TypeNames.erase(type);
    if (type == null || type.contains("[") || type.endsWith("...")) return false;
    return CONTENT_TYPES.contains(erased.substring(erased.lastIndexOf('.') + 1));
  }

  /**
   * Returns true if {@code method} is part of the public API: public (declared so, or in an
   * interface) or protected (a subclass hook), in named types that are all public or members of
   * an interface; methods of anonymous and local classes are not.
   */
  static boolean isPublic(CallableDeclaration<?> method) {
    Node node = method.getParentNode().orElse(null);
    if (!(node instanceof TypeDeclaration<?> owner) || !(method.isPublic() || method.isProtected()
        || owner instanceof ClassOrInterfaceDeclaration c && c.isInterface())) {
      return false;
    }
    while (node instanceof TypeDeclaration<?> type) {
      Node outer = type.getParentNode().orElse(null);
      boolean interfaceMember = outer instanceof ClassOrInterfaceDeclaration c && c.isInterface();
      if (!type.isPublic() && !interfaceMember) return false;
      if (outer instanceof CompilationUnit) return true;
      node = outer;
    }
    return false;
  }
}
