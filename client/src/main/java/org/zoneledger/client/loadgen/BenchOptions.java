package org.zoneledger.client.loadgen;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of one {@code zone bench} run, each parsed next to its default.
 *
 * @param rate transfers per second on an open-loop schedule; 0 in {@code --open} mode
 * @param concurrency requests in flight at most: {@code --concurrency} in open mode, {@code
 *     --max-in-flight} at a fixed rate
 * @param presign transfers signed before the load starts (all of them at a fixed rate)
 * @param timeout a transfer's budget from its send time, 303 follow-ups included
 */
record BenchOptions(
    List<URI> nodes,
    Path zoneDir,
    List<Long> pids,
    int accounts,
    double rate,
    int concurrency,
    Duration warmup,
    Duration duration,
    boolean hot,
    Duration timeout,
    int setupConcurrency,
    Funding funding,
    int signers,
    int presign) {

  /** How the accounts get their balance. */
  enum Funding {
    /** Created empty, then {@code AddQuantityRequest} authorised by the owner and the issuer. */
    MINT,
    /** Created with the balance as the initial quantity of {@code CreateAssetRequest}. */
    INITIAL
  }

  static final String DEFAULT_NODES =
      "http://127.0.0.1:8080,http://127.0.0.1:8081,http://127.0.0.1:8082";
  private static final Set<String> FLAGS = Set.of("--open", "--hot");
  private static final Set<String> VALUED =
      Set.of(
          "--nodes",
          "--dir",
          "--pids",
          "--accounts",
          "--rate",
          "--concurrency",
          "--max-in-flight",
          "--warmup",
          "--duration",
          "--timeout",
          "--setup-concurrency",
          "--funding",
          "--signers",
          "--presign");

  boolean open() {
    return rate == 0;
  }

  static BenchOptions parse(List<String> args) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (FLAGS.contains(name)) {
        v.put(name, "true");
      } else if (VALUED.contains(name)) {
        if (i + 1 >= args.size()) {
          throw new BenchUsageException("option " + name + " needs a value");
        }
        v.put(name, args.get(++i));
      } else {
        throw new BenchUsageException("unknown option " + name);
      }
    }
    boolean open = v.containsKey("--open");
    if (open && v.containsKey("--rate")) {
      throw new BenchUsageException("--rate and --open exclude each other");
    }
    double rate = open ? 0 : number(v, "--rate", 200, 0.001, 1_000_000);
    Duration warmup = Duration.ofMillis((long) (number(v, "--warmup", 10, 0, 3600) * 1000));
    Duration duration = Duration.ofMillis((long) (number(v, "--duration", 30, 0.001, 3600) * 1000));
    long needed = (long) Math.ceil(rate * (warmup.toMillis() + duration.toMillis()) / 1000.0);
    return new BenchOptions(
        nodes(v.getOrDefault("--nodes", DEFAULT_NODES)),
        Path.of(v.getOrDefault("--dir", ".zone")).toAbsolutePath().normalize(),
        pids(v.getOrDefault("--pids", "")),
        (int) number(v, "--accounts", 100, 2, 1_000_000),
        rate,
        (int) number(v, open ? "--concurrency" : "--max-in-flight", open ? 64 : 1000, 1, 100_000),
        warmup,
        duration,
        v.containsKey("--hot"),
        Duration.ofMillis((long) (number(v, "--timeout", 30, 0.001, 600) * 1000)),
        (int) number(v, "--setup-concurrency", 32, 1, 1000),
        funding(v.getOrDefault("--funding", "mint")),
        (int) number(v, "--signers", Runtime.getRuntime().availableProcessors(), 1, 64),
        (int) number(v, "--presign", open ? 10_000 : Math.min(needed, 2_000_000), 0, 2_000_000));
  }

  private static double number(
      Map<String, String> v, String name, double fallback, double min, double max) {
    String text = v.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(text);
      if (value < min || value > max || Double.isNaN(value)) {
        throw new BenchUsageException(
            name + " must be between " + min + " and " + max + ": " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new BenchUsageException(name + " needs a number: " + text);
    }
  }

  private static List<URI> nodes(String text) {
    List<URI> nodes = new ArrayList<>();
    for (String url : text.split(",")) {
      URI uri = URI.create(url.strip().replaceAll("/+$", ""));
      if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new BenchUsageException("--nodes takes http://host:port URLs: " + url);
      }
      nodes.add(uri);
    }
    return List.copyOf(nodes);
  }

  private static List<Long> pids(String text) {
    List<Long> pids = new ArrayList<>();
    for (String pid : text.split(",")) {
      if (!pid.isBlank()) {
        try {
          pids.add(Long.parseLong(pid.strip()));
        } catch (NumberFormatException e) {
          throw new BenchUsageException("--pids takes numbers: " + pid);
        }
      }
    }
    return List.copyOf(pids);
  }

  private static Funding funding(String text) {
    return switch (text) {
      case "mint" -> Funding.MINT;
      case "initial" -> Funding.INITIAL;
      default -> throw new BenchUsageException("--funding is mint or initial: " + text);
    };
  }
}
