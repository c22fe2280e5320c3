package dev.vigil.engine.threatmodel;

import java.util.Objects;

/**
 * A method of the repository's own code: the qualified name of its class (nested classes joined
 * with {@code .}), its name ({@code <init>} for a constructor) and its number of parameters. Its
 * label, e.g. {@code com.acme.UserController#get/1}, is what the YAML format stores as a handler.
 */
public record MethodId(String type, String name, int arity) {
  public MethodId {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(name, "name == null");
    if (arity < 0) throw new IllegalArgumentException("arity < 0: " + arity);
  }

  /** Parses a label such as {@code com.acme.Api#get/1}; throws naming the expected shape. */
  public static MethodId parse(String label) {
    int hash = label.indexOf('#');
    int slash = label.lastIndexOf('/');
    if (hash < 1 || slash < hash + 2) {
      throw new IllegalArgumentException("invalid handler '" + label
          + "': expected package.Class#method/arity");
    }
    try {
      return new MethodId(label.substring(0, hash), label.substring(hash + 1, slash),
          Integer.parseInt(label.substring(slash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid handler '" + label
          + "': the arity after '/' must be a number");
    }
  }

  /** Returns the label, e.g. {@code com.acme.Api#get/1}. */
  public String label() {
    return type + "#" + name + "/" + arity;
  }

  /** Returns the short form shown to people, e.g. {@code Api#get}. */
  public String shortName() {
    return type.substring(type.lastIndexOf('.') + 1) + "#" + name;
  }

  @Override
  public String toString() {
    return label();
  }
}
