package org.zoneledger.client.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.client.PlatformErrorException;
import org.zoneledger.client.RetryExceededException;
import org.zoneledger.client.ZoneClient;
import org.zoneledger.client.demo.DemoReport.OfflineVerdict;
import org.zoneledger.client.demo.DemoReport.StepResult;
import org.zoneledger.client.demo.NodeAdmin.RequestView;
import org.zoneledger.client.model.RequestInfo;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;

/**
 * Runs the {@link CarSwapScenario} against a running zone: step {@code i} is PUT to node {@code i
 * mod n} with {@link ZoneClient#send}, and the next step waits until every node has recorded the
 * outcome. Each step prints its outcome, elected coordinator and round (the admin view of the node
 * it was sent to) and its proof link. Then the demo checks the swap's proof offline with the zone
 * descriptor and the demo's native proofs alone ({@link ProofAudit}), waits for the nodes' state
 * digests to converge and prints them, and shows who owns what.
 *
 * <pre>{@code
 * DemoReport report = CarSwapDemo.of(zoneDir, nodeUrls, System.out).run();
 * }</pre>
 */
public final class CarSwapDemo {

  /** How long a step may take until every node recorded its outcome. */
  public static final Duration STEP_TIMEOUT = Duration.ofMinutes(2);

  /** How long the nodes' digests may take to converge after the last step. */
  public static final Duration CONVERGENCE = Duration.ofSeconds(30);

  private final ZoneDescriptor zone;
  private final ZoneNodes nodes;
  private final List<ZoneClient> clients = new ArrayList<>();
  private final PrintStream out;
  private final Duration refusedWait;

  /**
   * @param zone the zone descriptor
   * @param nodeUrls a base URL of each node (any of its instances), in descriptor order
   */
  public CarSwapDemo(ZoneDescriptor zone, List<URI> nodeUrls, PrintStream out) {
    this(zone, nodeUrls, out, Duration.ofSeconds(10));
  }

  /**
   * @param refusedWait how long to look for the outcome of a request a node answered with an error
   *     (it may have been recorded and rolled back, or refused before reaching the log)
   */
  CarSwapDemo(ZoneDescriptor zone, List<URI> nodeUrls, PrintStream out, Duration refusedWait) {
    this.zone = zone;
    this.nodes = new ZoneNodes(zone, nodeUrls);
    this.out = out;
    this.refusedWait = refusedWait;
    nodeUrls.forEach(url -> clients.add(new ZoneClient(url)));
  }

  /** The demo against the zone commissioned in {@code zoneDir} ({@code zone.json}). */
  public static CarSwapDemo of(Path zoneDir, List<URI> nodeUrls, PrintStream out)
      throws IOException {
    return new CarSwapDemo(ZoneDescriptorJson.read(zoneDir.resolve("zone.json")), nodeUrls, out);
  }

  /** Runs a scenario with a fresh tag. */
  public DemoReport run() throws InterruptedException {
    return run(CarSwapScenario.fresh());
  }

  public DemoReport run(CarSwapScenario scenario) throws InterruptedException {
    long start = System.nanoTime();
    out.printf(
        "%nDemo %s: the MVA registers a car type, Alice a car, Bob holds EUR; they swap.%n",
        scenario.tag());
    List<StepResult> results = new ArrayList<>();
    List<DemoStep> steps = scenario.steps();
    for (int i = 0; i < steps.size(); i++) {
      StepResult result = send(i, steps.size(), steps.get(i));
      results.add(result);
      if (!result.committed()) {
        out.printf("%nstep %d did not commit; the demo stops here.%n", i + 1);
        return new DemoReport(results, null, nodes.digests(), elapsed(start));
      }
    }
    OfflineVerdict verdict = audit(results);
    Map<String, String> digests = nodes.convergedDigests(CONVERGENCE);
    printDigests(digests);
    printOwnership(scenario);
    DemoReport report = new DemoReport(results, verdict, digests, elapsed(start));
    StepResult last = results.get(results.size() - 1);
    out.printf(
        "%ndemo %s in %.1f s. Where to look:%n"
            + "  the swap's proof (iov42 view, authenticated GET)  %s%n"
            + "  its election on each node  GET <node>/api/admin/zone/requests/%s%n"
            + "  latest elections           GET <node>/api/admin/zone/elections?limit=20%n"
            + "  state digest               GET <node>/api/admin/zone/digest%n",
        report.succeeded() ? "succeeded" : "FAILED",
        report.elapsed().toMillis() / 1000.0,
        last.proofUrl(),
        last.requestId());
    return report;
  }

  private StepResult send(int index, int count, DemoStep step) throws InterruptedException {
    int node = index % nodes.size();
    String id = step.requestId();
    out.printf("%n%2d/%d %s%n", index + 1, count, step.title());
    long t0 = System.nanoTime();
    String detail = "";
    String proofPath = "/api/v1/proofs/" + id;
    Duration wait = STEP_TIMEOUT;
    try {
      RequestInfo info = clients.get(node).send(step.put());
      if (info.proof() != null) {
        proofPath = info.proof();
      }
    } catch (PlatformErrorException e) {
      detail = e.getMessage().replace('\n', ' ');
      wait = refusedWait;
    } catch (RetryExceededException | UncheckedIOException e) {
      detail = String.valueOf(e.getMessage());
    }
    Map<Integer, RequestView> views = nodes.awaitDecided(id, wait);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    RequestView own = views.get(node);
    String status = own != null ? own.status() : detail.isEmpty() ? "PENDING" : "REJECTED";
    if (views.values().stream().map(RequestView::status).distinct().count() > 1) {
      detail = (detail + " nodes disagree: " + nodes.statuses(views)).strip();
    } else if (views.size() < nodes.size() && status.equals("COMMITTED")) {
      status = "INCOMPLETE";
      detail =
          "not recorded on every node within " + wait.toSeconds() + " s: " + nodes.statuses(views);
    }
    StepResult result =
        new StepResult(
            step.title(),
            id,
            nodes.id(node),
            status,
            own == null ? null : own.coordinator(),
            own == null ? null : own.round(),
            nodes.url(node).resolve(proofPath).toString(),
            own == null ? null : own.proofHash(),
            millis,
            detail);
    out.printf(
        "      → %s: %s in %d ms on %d of %d nodes · coordinator %s, round %s%n"
            + "        proof %s%n",
        result.sentTo(),
        result.status(),
        millis,
        views.size(),
        nodes.size(),
        result.coordinator(),
        result.round(),
        result.proofUrl());
    if (!detail.isEmpty()) {
      out.println("        " + detail);
    }
    return result;
  }

  /** Fetches proof i from node i+1 (any node serves every proof), checks the last offline. */
  private OfflineVerdict audit(List<StepResult> results) throws InterruptedException {
    ProofAudit audit = new ProofAudit(zone);
    List<Proof> proofs = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      StepResult step = results.get(i);
      NodeAdmin from = nodes.admin((i + 1) % nodes.size());
      proofs.add(audit.fetch(from, step.requestId(), step.proofHash()));
    }
    OfflineVerdict verdict = audit.check(proofs);
    out.printf(
        "%noffline check of the swap's proof %s (zone descriptor + %d native proofs fetched from"
            + " the nodes, no node trusted):%n  %s%n",
        proofs.get(proofs.size() - 1).hash().toHex(),
        verdict.proofs(),
        verdict.valid()
            ? "VALID — coordinator and vote signatures, majority, Alice's and Bob's"
                + " authorisations (keys from their identities' proofs), and "
                + verdict.histories()
                + " entity histories walked back to their creation"
            : "INVALID: " + String.join("; ", verdict.problems()));
    return verdict;
  }

  private void printDigests(Map<String, String> digests) {
    out.printf("%nstate digests:%n");
    digests.forEach((node, digest) -> out.printf("  %-6s %s%n", node, digest));
    out.println(
        ZoneNodes.equal(digests)
            ? "  all " + digests.size() + " nodes hold the same state"
            : "  the nodes DIFFER after " + CONVERGENCE.toSeconds() + " s");
  }

  private void printOwnership(CarSwapScenario scenario) {
    NodeAdmin node = nodes.admin(0);
    Optional<NodeAdmin.AssetView> car = node.asset(scenario.carType(), CarSwapScenario.VIN);
    out.printf(
        "%nnow, on %s: car %s owned by %s; Alice %s EUR, Bob %s EUR%n",
        nodes.id(0),
        CarSwapScenario.VIN,
        car.map(NodeAdmin.AssetView::ownerId).orElse("?"),
        balance(node, scenario, "alice"),
        balance(node, scenario, "bob"));
  }

  private static String balance(NodeAdmin node, CarSwapScenario scenario, String party) {
    return node.asset(scenario.eurType(), CarSwapScenario.account(party))
        .map(NodeAdmin.AssetView::balance)
        .map(b -> CarSwapScenario.eur(new BigInteger(b)))
        .orElse("?");
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
