package org.zoneledger.client.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.client.broker.BrokerSettings;
import org.zoneledger.client.broker.KafkaBroker;

/**
 * The adapter benchmark: starts a broker in the work folder; fills one topic and reads it with a
 * plain kafka-clients loop (after a warm-up pass); then boots one Payara Micro instance whose no-op
 * batch MDB starts at the end of the topic and, once the instance is healthy and warmed up, gets
 * the same number of records released at once by one producer transaction; unless {@code
 * --transacted false}, does the same for the transacted twin on a second instance started
 * afterwards, so the two never compete. Prints records/s and the ratios. Every process it starts is
 * stopped by PID before it returns (or, on Ctrl-C, by {@link ShutdownCleanup}). Run through {@code
 * scripts/bench-adapter}.
 */
public final class AdapterBenchmark {

  static final String TOPIC = "zoneledger.bench.run";
  private static final List<String> INSTANCE_DIRS =
      Arrays.stream(MdbVariant.values()).map(MdbVariant::instanceName).toList();

  private final BenchOptions options;
  private final PrintStream out;
  private final BenchReport report;
  private final String runId = Long.toString(System.currentTimeMillis(), 36);

  AdapterBenchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.report = new BenchReport(out);
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    new AdapterBenchmark(options, System.out).run();
  }

  void run() throws IOException, InterruptedException {
    out.printf(
        "adapter benchmark: %d records of %d bytes, %d partitions, max.poll.records %d,"
            + " instance heap %d MB; %s%n",
        options.records(),
        options.size(),
        options.partitions(),
        options.maxPollRecords(),
        options.heapMb(),
        BenchReport.load());
    clean(options.workDir());
    ShutdownCleanup cleanup = new ShutdownCleanup(options.workDir(), INSTANCE_DIRS);
    Runtime.getRuntime().addShutdownHook(cleanup);
    KafkaBroker broker =
        KafkaBroker.start(BrokerSettings.withFreePorts(options.workDir().resolve("broker")));
    out.println("broker pid " + broker.pid() + " at " + broker.bootstrapServers());
    try {
      measure(broker.bootstrapServers());
    } finally {
      broker.stop();
      deleteTree(options.workDir().resolve("broker/data"));
      out.println("broker stopped; its records deleted (logs kept in " + options.workDir() + ")");
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
  }

  private void measure(String bootstrap) throws IOException, InterruptedException {
    KafkaBroker.createTopics(bootstrap, Map.of(TOPIC, options.partitions()));
    Throughput produced = produce(bootstrap, "plain", options.records());
    if (options.warmup() > 0) {
      long warm = Math.min(options.warmup(), options.records());
      PlainConsumerLoop.consume(bootstrap, TOPIC, "bench-plain-warmup-" + runId, warm, options);
    }
    PlainConsumerLoop.Result plain =
        PlainConsumerLoop.consume(
            bootstrap, TOPIC, "bench-plain-" + runId, options.records(), options);
    out.printf(
        "  plain loop: %.0f records/s; wall time from first poll (group join included) %.2f s; %s%n",
        plain.span().recordsPerSecond(), plain.wallNanos() / 1e9, BenchReport.load());
    Map<MdbVariant, Throughput> mdb = new EnumMap<>(MdbVariant.class);
    mdb.put(MdbVariant.NOT_TRANSACTED, measureMdb(bootstrap, MdbVariant.NOT_TRANSACTED));
    if (options.transacted()) {
      mdb.put(MdbVariant.TRANSACTED, measureMdb(bootstrap, MdbVariant.TRANSACTED));
    }
    out.println();
    report.header();
    report.row("produce (1 transaction)", produced, null);
    report.row("plain kafka-clients loop", plain.span(), plain.span());
    mdb.forEach((variant, t) -> report.row(variant.label, t, plain.span()));
    mdb.forEach((variant, t) -> report.verdict(variant.label, t, plain.span()));
    out.println(BenchReport.load());
  }

  private Throughput produce(String bootstrap, String phase, int records) {
    Throughput t =
        BenchProducer.produce(bootstrap, TOPIC, "bench-" + phase + "-" + runId, records, options);
    out.printf(
        "  produced %d records for %s: %.0f records/s (%.1f MB/s); %s%n",
        t.records(), phase, t.recordsPerSecond(), t.megabytesPerSecond(), BenchReport.load());
    return t;
  }

  /**
   * Boots an instance whose bench MDB starts at the end of the topic, waits until it is healthy,
   * has it read the warm-up records, then produces the measured records in one transaction: the MDB
   * meets the whole backlog at once, on a server that has finished starting.
   */
  private Throughput measureMdb(String bootstrap, MdbVariant variant)
      throws IOException, InterruptedException {
    String group = variant.instanceName() + "-" + runId;
    BenchGroups.startAtEnd(bootstrap, TOPIC, options.partitions(), group);
    long launched = System.nanoTime();
    try (BenchInstance instance = BenchInstance.start(options, bootstrap, TOPIC, group, variant)) {
      out.printf(
          "  %s: instance pid %d starting (log %s)%n",
          variant.label, instance.pid(), instance.log());
      instance.awaitHealthy();
      long healthy = System.nanoTime();
      out.printf("  %s: healthy after %.1f s%n", variant.label, (healthy - launched) / 1e9);
      BenchProbe probe = instance.probe();
      if (options.warmup() > 0) {
        produce(bootstrap, variant.instanceName() + "-warmup", options.warmup());
        BenchProbe.Result warm = probe.await(variant, options.warmup());
        out.printf("  %s: warm-up %.0f records/s%n", variant.label, warm.span().recordsPerSecond());
        probe.reset();
      }
      produce(bootstrap, variant.instanceName(), options.records());
      long committed = System.nanoTime();
      BenchProbe.Result result = probe.await(variant, options.records());
      out.printf(
          "  %s: %.0f records/s in %d batches of %.0f records on average; wall time from commit"
              + " to all counted %.2f s, from healthy %.2f s; %s%n",
          variant.label,
          result.span().recordsPerSecond(),
          result.batches(),
          result.recordsPerBatch(),
          (System.nanoTime() - committed) / 1e9,
          (System.nanoTime() - healthy) / 1e9,
          BenchReport.load());
      return result.span();
    } finally {
      out.printf("  %s: instance stopped%n", variant.label);
    }
  }

  /** Removes what an earlier run left: broker data, instance folders, database. */
  private static void clean(Path work) throws IOException {
    Files.createDirectories(work);
    KafkaBroker.deleteData(work.resolve("broker"));
    deleteTree(work.resolve("db"));
    INSTANCE_DIRS.forEach(dir -> deleteTree(work.resolve(dir)));
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
