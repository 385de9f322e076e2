package org.zoneledger.consensus.domain.drme;

import java.time.Duration;
import java.util.Random;

/**
 * Not a test: requests/s through the DRME engine of a whole simulated zone on one thread (every
 * node's handlers, crypto and the in-memory stores), for random transfers among 100 accounts. Run
 * with {@code java -cp <test classpath> org.zoneledger.consensus.domain.drme.DrmeSimulationBench}.
 */
public final class DrmeSimulationBench {
  private DrmeSimulationBench() {}

  public static void main(String[] args) {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    for (int round = 0; round < 2; round++) {
      String label = round == 0 ? "warm-up " : "";
      run(
          label + "3 nodes, hash crypto",
          SimulatedZone.hashed(3, 1, SimulatedZone.Options.DEFAULTS),
          requests);
      run(
          label + "5 nodes, hash crypto",
          SimulatedZone.hashed(5, 1, SimulatedZone.Options.DEFAULTS),
          requests);
      run(label + "3 nodes, P-256", SimulatedZone.p256(3, 1), requests / 10);
    }
  }

  private static void run(String label, SimulatedZone zone, int requests) {
    for (int a = 0; a < 100; a++) {
      zone.submit(TestClients.mint("mint-" + a, "acc-" + a, 1000));
    }
    zone.publishEntropy();
    zone.runUntilQuiet(Duration.ofMinutes(1));
    Random random = new Random(1);
    for (int i = 0; i < requests; i++) {
      int from = random.nextInt(100);
      int to = (from + 1 + random.nextInt(99)) % 100;
      zone.submit(
          TestClients.transfer("b" + i, "acc-" + from, "acc-" + to, 1 + random.nextInt(20)));
    }
    long start = System.nanoTime();
    zone.runUntilQuiet(Duration.ofMinutes(1));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%-32s %6d requests in %6.2f s: %8.0f requests/s, %8.0f deliveries/s%n",
        label, requests, seconds, requests / seconds, zone.deliveries / seconds);
  }
}
