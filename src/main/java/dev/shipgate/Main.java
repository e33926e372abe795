package dev.shipgate;

import dev.shipgate.cli.Cli;

/** Entry point: runs the CLI against the process's streams and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.runWithSystemStreams(args));
  }
}
