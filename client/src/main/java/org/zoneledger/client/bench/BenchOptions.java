package org.zoneledger.client.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one benchmark run uses.
 *
 * @param records records produced and then consumed by each consumer
 * @param warmup records each consumer reads first, unmeasured, so that the JIT has compiled the
 *     paths the measured records take (0: none)
 * @param size value size in bytes (records have no key)
 * @param partitions partitions of the benchmark topic
 * @param maxPollRecords {@code max.poll.records} of the plain loop and of the bench MDBs
 * @param heapMb maximum heap of the Payara Micro instance (the nodes' default: 512)
 * @param transacted whether the transacted MDB ({@code REQUIRED}) is measured too
 * @param workDir scratch folder: broker data, instance roots, H2 database, logs
 * @param payaraJar the payara-micro jar
 * @param rar our resource adapter
 * @param war the node application
 * @param payaraConfig folder holding {@code pre-boot-commands.asadmin} and {@code
 *     post-boot-commands.asadmin}
 */
record BenchOptions(
    int records,
    int warmup,
    int size,
    int partitions,
    int maxPollRecords,
    int heapMb,
    boolean transacted,
    Path workDir,
    Path payaraJar,
    Path rar,
    Path war,
    Path payaraConfig) {

  static final String USAGE =
      "AdapterBenchmark --payara-jar JAR --rar RAR --war WAR --payara-config DIR"
          + " [--work-dir DIR] [--records N] [--warmup W] [--size B] [--partitions P]"
          + " [--max-poll-records M] [--heap-mb H] [--transacted true|false]";

  private static final Set<String> NAMES =
      Set.of(
          "--records",
          "--warmup",
          "--size",
          "--partitions",
          "--max-poll-records",
          "--heap-mb",
          "--transacted",
          "--work-dir",
          "--payara-jar",
          "--rar",
          "--war",
          "--payara-config");

  static BenchOptions parse(String[] args) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!NAMES.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("bad option " + args[i] + "\nusage: " + USAGE);
      }
      v.put(args[i], args[i + 1]);
    }
    return new BenchOptions(
        positive(v, "--records", 1_000_000),
        Integer.parseInt(v.getOrDefault("--warmup", "200000")),
        positive(v, "--size", 200),
        positive(v, "--partitions", 12),
        positive(v, "--max-poll-records", 2000),
        positive(v, "--heap-mb", 512),
        Boolean.parseBoolean(v.getOrDefault("--transacted", "true")),
        Path.of(v.getOrDefault("--work-dir", "target/bench-adapter")).toAbsolutePath(),
        file(v, "--payara-jar"),
        file(v, "--rar"),
        file(v, "--war"),
        file(v, "--payara-config"));
  }

  private static int positive(Map<String, String> v, String name, int fallback) {
    String text = v.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " needs a positive whole number: " + text);
  }

  private static Path file(Map<String, String> v, String name) {
    String text = v.get(name);
    if (text == null) {
      throw new IllegalArgumentException(name + " is required\nusage: " + USAGE);
    }
    Path p = Path.of(text).toAbsolutePath();
    if (!Files.exists(p)) {
      throw new IllegalArgumentException(name + " " + p + " does not exist");
    }
    return p;
  }
}
