package org.zoneledger.client.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One running Payara Micro process: started with its environment (its {@code ZONELEDGER_*}
 * variables are exactly those given), its output in {@code <rootDir>/instance.log}, its PID in
 * {@code <rootDir>/instance.pid}; healthy once {@code GET /api/admin/health} answers 200. Stop with
 * {@link #stop()} (SIGTERM) or {@link #kill()} (SIGKILL, for crash tests).
 */
public final class PayaraInstance {

  private final PayaraMicroCommand command;
  private final Process process;

  private PayaraInstance(PayaraMicroCommand command, Process process) {
    this.command = command;
    this.process = process;
  }

  public static PayaraInstance start(PayaraMicroCommand command, Map<String, String> env)
      throws IOException {
    clearRootDir(command.rootDir());
    Path log = command.rootDir().resolve("instance.log");
    ProcessBuilder pb = new ProcessBuilder(command.toArgs());
    // the instance's ZONELEDGER_* settings are exactly the ones given, never the launcher's own
    pb.environment().keySet().removeIf(name -> name.startsWith("ZONELEDGER_"));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process p = pb.start();
    Files.writeString(command.rootDir().resolve("instance.pid"), Long.toString(p.pid()));
    return new PayaraInstance(command, p);
  }

  /**
   * Empties the instance's root folder but for its log: Payara Micro keeps the deployments of the
   * last run there and would deploy them again before ours, answering health checks from the old
   * application while it redeploys the new one.
   */
  private static void clearRootDir(Path rootDir) throws IOException {
    Files.createDirectories(rootDir);
    try (var entries = Files.list(rootDir)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals("instance.log")) {
          deleteRecursively(entry);
        }
      }
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (var children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteRecursively(child);
        }
      }
    }
    Files.deleteIfExists(path);
  }

  public String name() {
    return command.instanceName();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + command.httpPort());
  }

  public Path log() {
    return command.rootDir().resolve("instance.log");
  }

  /**
   * Waits until the instance answers its health check. Fails early, with the log's first error, if
   * the process dies or a deployment fails (Payara can still log "ready" after a failure).
   */
  public void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "none yet";
    while (System.nanoTime() < deadline) {
      Optional<String> failure = deploymentFailure();
      if (failure.isPresent()) {
        throw new IllegalStateException(name() + " failed to deploy: " + failure.get());
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name() + " exited; see " + log());
      }
      last = healthStatus(http);
      if (last.equals("200")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name()
            + " not healthy after "
            + timeout
            + " (last answer: "
            + last
            + "); see "
            + log()
            + threadDump().map(dump -> " and its threads in " + dump).orElse(""));
  }

  /** The health check's status code, or what went wrong asking. */
  private String healthStatus(HttpClient http) throws InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(baseUri().resolve("/api/admin/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      return Integer.toString(http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      return e.toString();
    }
  }

  /**
   * The instance's threads (jcmd Thread.print) in a file next to its log, for an instance that does
   * not become healthy; empty if the JDK's jcmd cannot take them.
   */
  private Optional<Path> threadDump() {
    // beside the instance's folder, which a restart of the instance empties
    Path dump =
        command
            .rootDir()
            .resolveSibling(
                command.instanceName() + "-threads-" + System.currentTimeMillis() + ".txt");
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process p =
          new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print", "-l")
              .redirectErrorStream(true)
              .redirectOutput(dump.toFile())
              .start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0
          ? Optional.of(dump)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The first SEVERE line of the log that reports a failed deployment, if any. */
  public Optional<String> deploymentFailure() throws IOException {
    if (!Files.exists(log())) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains("SEVERE")
          && (line.contains("deploy") || line.contains("Exception while loading"))) {
        String detail = String.join(" ", lines.subList(i, Math.min(lines.size(), i + 12)));
        return Optional.of(detail.replaceAll("\\s+", " "));
      }
    }
    return Optional.empty();
  }

  /** SIGTERM, then SIGKILL if the instance has not ended within 20 s. */
  public void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /** SIGKILL: the crash of a data centre's machine, as far as this instance is concerned. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }
}
