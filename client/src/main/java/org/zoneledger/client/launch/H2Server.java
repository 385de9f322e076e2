package org.zoneledger.client.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A node's H2 database as a server process of its own ({@code org.h2.tools.Server -tcp}) on
 * 127.0.0.1, shared by the node's Payara instances over TCP. The database outlives any instance: an
 * instance killed at any moment takes no database with it (with H2's embedded mixed mode the
 * instance that opened the file served it, and killing that instance could lose or corrupt it). Its
 * output goes to {@code <dir>/h2.log}, its PID to {@code <dir>/h2.pid}.
 */
public final class H2Server {

  private static final String MAIN = "org.h2.tools.Server";

  private final Path dir;
  private final int port;
  private final Process process;

  private H2Server(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
  }

  /** Starts a server for databases under {@code dir} and waits until it accepts connections. */
  public static H2Server start(Path dir, int port, Duration timeout) throws IOException {
    Files.createDirectories(dir);
    List<String> command = command(dir, port);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("h2.log").toFile()));
    Process p = pb.start();
    Files.writeString(dir.resolve("h2.pid"), Long.toString(p.pid()));
    H2Server server = new H2Server(dir, port, p);
    server.awaitListening(timeout);
    return server;
  }

  /**
   * The server's command line: its own JVM on the client compiler only ({@link
   * NodeJit#DATABASE_SERVER}, whatever {@code ZONELEDGER_JIT} says), bound to 127.0.0.1.
   */
  static List<String> command(Path dir, int port) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.addAll(NodeJit.DATABASE_SERVER);
    command.addAll(
        List.of(
            "-Dh2.bindAddress=127.0.0.1",
            "-cp",
            h2Jar().toString(),
            MAIN,
            "-tcp",
            "-tcpPort",
            Integer.toString(port),
            "-baseDir",
            dir.toAbsolutePath().toString(),
            "-ifNotExists"));
    return command;
  }

  /** The JDBC URL of database {@code name} on this server; every commit is written at once. */
  public String url(String name) {
    return url(port, name);
  }

  public static String url(int port, String name) {
    return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + name + ";WRITE_DELAY=0";
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  private void awaitListening(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("H2 server exited; see " + dir.resolve("h2.log"));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        sleep();
      }
    }
    throw new IllegalStateException("H2 server not listening on " + port + " after " + timeout);
  }

  /** SIGTERM, then SIGKILL if it has not ended within 10 s. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** The live H2 server started in {@code dir}, by its PID file and command line. */
  public static Optional<ProcessHandle> live(Path dir) throws IOException {
    Path pidFile = dir.resolve("h2.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    String marker = dir.toAbsolutePath().toString();
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            h ->
                h.info()
                    .commandLine()
                    .map(c -> c.contains(MAIN) && c.contains(marker))
                    .orElse(false));
  }

  private static Path h2Jar() {
    try {
      return Path.of(
          Class.forName("org.h2.Driver")
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("the H2 jar is not on the classpath", e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted waiting for H2"));
    }
  }
}
