package org.zoneledger.client.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zoneledger.client.broker.KafkaBroker;

/**
 * On Ctrl-C (when {@code finally} blocks do not run) stops what this run started, by the PIDs it
 * wrote: the broker's {@code broker/broker.pid} and each instance's {@code instance.pid}.
 */
final class ShutdownCleanup extends Thread {

  private final Path work;
  private final List<String> instanceDirs;

  ShutdownCleanup(Path work, List<String> instanceDirs) {
    super("bench-cleanup");
    this.work = work;
    this.instanceDirs = instanceDirs;
  }

  @Override
  public void run() {
    for (String dir : instanceDirs) {
      Path pidFile = work.resolve(dir).resolve("instance.pid");
      try {
        if (Files.exists(pidFile)) {
          long pid = Long.parseLong(Files.readString(pidFile).trim());
          ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
      } catch (IOException | NumberFormatException e) {
        System.err.println("cannot read " + pidFile + ": " + e);
      }
    }
    KafkaBroker.stop(work.resolve("broker"));
  }
}
