package org.zoneledger.client.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The broker's PID, kept in {@code <dir>/broker.pid} so any JVM can find and stop it.
 *
 * <p>A PID is only trusted while its process is alive and its command line carries this folder's
 * {@link #DIR_MARKER}: a stale PID reused by another process is never signalled.
 */
final class PidFile {

  /**
   * A system property the launcher puts first on the broker's command line. The JDK reads at most
   * one page of {@code /proc/<pid>/cmdline}, so the long classpath hides everything after it.
   */
  static final String DIR_MARKER = "-Dzone.kafka.broker.dir=";

  private final Path file;
  private final String marker;

  PidFile(BrokerFiles files) {
    this.file = files.pidFile();
    this.marker = marker(files);
  }

  void write(long pid) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, pid + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The PID written in the file, if there is a file with a number in it. */
  Optional<Long> read() {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The live broker process this file names, if it is one. */
  Optional<ProcessHandle> liveBroker() {
    return read().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(this::isBroker);
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }

  /** The JVM option that tags a broker process with its folder. */
  static String marker(BrokerFiles files) {
    return DIR_MARKER + files.dir();
  }

  private boolean isBroker(ProcessHandle process) {
    // If the OS hides the command line we cannot tell; trusting the PID file is then the lesser
    // evil (the folder is ours), so an unknown command line counts as a broker.
    return process
        .info()
        .commandLine()
        .map(line -> (line + " ").contains(marker + " "))
        .orElse(true);
  }
}
