package dev.vigil.cli;

import picocli.CommandLine.IVersionProvider;

/** Supplies the version printed by {@code vigil --version}, read from the jar's manifest. */
public final class VigilVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"vigil " + current()};
  }

  /** Returns the version of the running build, or "dev" when run from classes. */
  public static String current() {
    String version = VigilVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
