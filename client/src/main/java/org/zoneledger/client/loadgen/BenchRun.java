package org.zoneledger.client.loadgen;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.zoneledger.client.ZoneClient;

/**
 * One run, phase after phase: keys and set-up through the client library, signing ahead, the load
 * over asynchronous HTTP/1.1 (3xx not followed by the HTTP client: {@link PutExchange} does it as
 * spec §4.4 says) while the CPU of the zone's processes is sampled at the window's ends, then the
 * report. Returns the exit code: 0 when transfers committed, else 1.
 */
final class BenchRun {
  private final BenchOptions o;
  private final PrintStream out;

  BenchRun(BenchOptions options, PrintStream out) {
    this.o = options;
    this.out = out;
  }

  int call() throws InterruptedException {
    String prefix = "bench-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    out.printf("zone bench %s: %d nodes %s%n", prefix, o.nodes().size(), o.nodes());
    long setupStart = System.nanoTime();
    BenchAccounts accounts = BenchAccounts.generate(prefix, o.accounts());
    List<ZoneClient> clients = o.nodes().stream().map(ZoneClient::new).toList();
    int setupRequests =
        new ZoneSetup(clients, o.setupConcurrency()).run(accounts, o.funding(), out);
    double setupSeconds = seconds(setupStart);

    long needed =
        o.open() ? Long.MAX_VALUE : new RateSchedule(0, o.rate(), o.warmup(), o.duration()).total();
    ExecutorService httpThreads = Executors.newFixedThreadPool(2, BenchRun::daemon);
    try (SignedSupply supply =
        new SignedSupply(
            new TransferGenerator(accounts, o.hot()), needed, Math.max(1, o.presign()))) {
      long signStart = System.nanoTime();
      supply.start(o.signers(), ThreadLocalRandom.current().nextLong());
      if (!supply.awaitPrefill(o.presign(), TimeUnit.MINUTES.toNanos(10))) {
        throw new IllegalStateException(
            "signing " + o.presign() + " transfers took over 10 minutes");
      }
      double signSeconds = seconds(signStart);
      long presigned = supply.signed();
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .executor(httpThreads)
              .build();
      CpuMeter cpu = new CpuMeter(ZoneProcess.find(o.zoneDir(), o.pids()));
      LoadResults results = new LoadResults();
      out.printf(
          "load: %s for %.1f s warm-up + %.1f s measured...%n",
          mode(), secondsOf(o.warmup()), secondsOf(o.duration()));
      RateSchedule schedule =
          new RateSchedule(System.nanoTime(), o.rate(), o.warmup(), o.duration());
      new LoadDriver(
              o.nodes(), new PutExchange(http), supply, results, o.concurrency(), o.timeout())
          .run(schedule, cpu);
      String setup =
          String.format(
              Locale.ROOT,
              "set-up: %d requests in %.1f s; %d transfers signed ahead in %.1f s (%.0f/s on %d threads),"
                  + " %d sends waited for a signer",
              setupRequests,
              setupSeconds,
              presigned,
              signSeconds,
              presigned / Math.max(signSeconds, 1e-9),
              o.signers(),
              supply.waits());
      out.print(
          new BenchReport(
                  title(),
                  setup,
                  secondsOf(o.warmup()),
                  secondsOf(o.duration()),
                  results,
                  cpu.zoneUsage(),
                  cpu.generatorUsage())
              .format());
      return results.count(Outcome.Kind.COMMITTED) > 0 ? 0 : 1;
    } finally {
      httpThreads.shutdownNow();
    }
  }

  private String mode() {
    return o.open()
        ? "open mode, " + o.concurrency() + " in flight"
        : String.format(
            Locale.ROOT,
            "%.1f transfers/s (open-loop schedule, at most %d in flight)",
            o.rate(),
            o.concurrency());
  }

  private String title() {
    return String.format(
        Locale.ROOT,
        "zone bench — %d nodes, %d accounts, %s, hot account %s",
        o.nodes().size(),
        o.accounts(),
        mode(),
        o.hot() ? "on (90 %)" : "off");
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  private static double secondsOf(Duration d) {
    return d.toMillis() / 1e3;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bench-http");
    t.setDaemon(true);
    return t;
  }
}
