package org.zoneledger.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zoneledger.client.broker.KafkaBroker;

/**
 * Folders of one test run: {@code <base>/run-<pid of this JVM>/<name>}. Several runs may share a
 * working tree (engineers in parallel, an IDE next to the build), so each run has its own folder;
 * folders of runs whose JVM is gone are cleared (stopping a broker such a run left behind).
 */
final class RunFolders {

  private static final String PREFIX = "run-";

  private final Path base;
  private final Path run;

  RunFolders(Path base) {
    this.base = base.toAbsolutePath().normalize();
    this.run = this.base.resolve(PREFIX + ProcessHandle.current().pid());
  }

  Path folder(String name) {
    return run.resolve(name);
  }

  /** Stops brokers of and deletes every folder of a run whose JVM is no longer alive. */
  void clearFinishedRuns() {
    for (Path finished : finishedRuns()) {
      try (var brokerFolders = Files.list(finished)) {
        for (Path folder : brokerFolders.filter(Files::isDirectory).toList()) {
          KafkaBroker.stop(folder);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      KafkaBroker.deleteData(finished);
    }
  }

  private List<Path> finishedRuns() {
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    try (var runs = Files.list(base)) {
      return runs.filter(Files::isDirectory)
          .filter(path -> ownerPid(path).map(RunFolders::isGone).orElse(false))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isGone(long pid) {
    return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
  }

  /** The PID in a {@code run-<pid>} folder name; other names are not ours to clear. */
  private static Optional<Long> ownerPid(Path path) {
    String name = path.getFileName().toString();
    if (!name.startsWith(PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(name.substring(PREFIX.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
