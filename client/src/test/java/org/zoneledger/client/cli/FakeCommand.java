package org.zoneledger.client.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Stands in for a command found by name (like InitCommand) in {@link ZoneCliTest}. */
public final class FakeCommand {

  private FakeCommand() {}

  public static int run(String[] args, PrintStream out) {
    out.println("fake " + Arrays.toString(args));
    return 7;
  }
}
