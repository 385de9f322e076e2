package org.zoneledger.client.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.zoneledger.client.broker.BrokerException;

/**
 * Entry point of the {@code zone} command line. Exit codes: 0 done, 1 failed, 2 bad usage, 3 {@code
 * broker status} found no broker.
 */
public final class ZoneCli {

  static final String INIT_COMMAND = "org.zoneledger.client.cli.InitCommand";

  static final String USAGE =
      "usage: zone <command>\n" + BrokerCommand.USAGE.indent(2) + "  init ...\n";

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
        case "init" -> runByName(INIT_COMMAND, rest.toArray(String[]::new), out);
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
    } catch (BrokerException | CommandException | UncheckedIOException e) {
      err.println("zone: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Runs a command class found by name: {@code init} lives in InitCommand, written separately, so
   * this dispatcher compiles with or without it. Its {@code run(String[], PrintStream)} may be
   * static or not, and may return an exit code (otherwise 0).
   */
  static int runByName(String className, String[] args, PrintStream out) {
    Method run;
    try {
      run = Class.forName(className).getMethod("run", String[].class, PrintStream.class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new CommandException(
          "this command is not available in this build ("
              + className
              + ".run(String[], PrintStream) is missing)");
    }
    try {
      Object target =
          Modifier.isStatic(run.getModifiers())
              ? null
              : run.getDeclaringClass().getDeclaredConstructor().newInstance();
      Object result = run.invoke(target, args, out);
      return result instanceof Integer code ? code : 0;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(className + ".run cannot be called", e);
    }
  }
}
