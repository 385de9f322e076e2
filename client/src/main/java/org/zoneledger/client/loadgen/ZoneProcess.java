package org.zoneledger.client.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A process of the zone whose CPU time counts: a Payara instance, a node's H2 server or the Kafka
 * broker. Found from the PID files the launchers write under the zone folder ({@code
 * kafka/broker.pid}, {@code <node>/db/h2.pid}, {@code <node>/<node>-i<n>/instance.pid}) and given
 * by {@code --pids}. Only live processes are kept; none is ever signalled.
 *
 * @param label where it came from: the PID file relative to the zone folder, or {@code --pids}
 */
record ZoneProcess(String label, long pid) {

  /** The live processes named by PID files under {@code zoneDir} and by {@code pids}, once each. */
  static List<ZoneProcess> find(Path zoneDir, List<Long> pids) {
    Map<Long, ZoneProcess> found = new LinkedHashMap<>();
    for (ZoneProcess p : fromPidFiles(zoneDir)) {
      found.putIfAbsent(p.pid(), p);
    }
    pids.forEach(pid -> found.putIfAbsent(pid, new ZoneProcess("--pids", pid)));
    return found.values().stream().filter(ZoneProcess::alive).toList();
  }

  static List<ZoneProcess> fromPidFiles(Path zoneDir) {
    List<ZoneProcess> processes = new ArrayList<>();
    if (!Files.isDirectory(zoneDir)) {
      return processes;
    }
    try (Stream<Path> files = Files.walk(zoneDir, 4)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted().toList()) {
        try {
          long pid = Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
          processes.add(new ZoneProcess(zoneDir.relativize(file).toString(), pid));
        } catch (IOException | NumberFormatException e) {
          // an unreadable or half-written PID file names no process
        }
      }
    } catch (IOException e) {
      return processes;
    }
    return processes;
  }

  boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
