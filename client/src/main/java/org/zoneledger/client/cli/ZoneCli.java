package org.zoneledger.client.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.zoneledger.client.broker.BrokerException;
import org.zoneledger.client.loadgen.BenchCommand;

/**
 * Entry point of the {@code zone} command line. Exit codes: 0 done, 1 failed, 2 bad usage, 3 {@code
 * broker status} found no broker.
 */
public final class ZoneCli {

  static final String USAGE =
      "usage: zone <command>\n"
          + BrokerCommand.USAGE.indent(2)
          + InitCommand.USAGE.replaceFirst("^zone ", "").indent(2)
          + LocalZoneCommands.USAGE.indent(2)
          + BenchCommand.USAGE.indent(2);

  private ZoneCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> argList = Arrays.asList(args);
    try {
      if (argList.isEmpty()) {
        throw new UsageException("no command given");
      }
      List<String> rest = argList.subList(1, argList.size());
      return switch (argList.get(0)) {
        case "broker" -> BrokerCommand.run(rest, out);
        case "init" -> InitCommand.run(rest.toArray(String[]::new), out);
        case "up" -> LocalZoneCommands.up(rest, out);
        case "down" -> LocalZoneCommands.down(rest, out);
        case "status" -> LocalZoneCommands.status(rest, out);
        case "demo" -> LocalZoneCommands.demo(rest, out);
        case "bench" -> BenchCommand.run(rest, out);
        case "help", "--help", "-h" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> throw new UsageException("unknown command " + argList.get(0));
      };
    } catch (UsageException e) {
      err.println("zone: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (BrokerException | CommandException | UncheckedIOException | IllegalStateException e) {
      err.println("zone: " + e.getMessage());
      return 1;
    } catch (IOException
        | java.util.concurrent.ExecutionException
        | java.util.concurrent.TimeoutException e) {
      err.println("zone: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("zone: interrupted");
      return 1;
    }
  }
}
