package org.zoneledger.client.demo;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a demo run showed.
 *
 * @param steps every step sent, in order (the run stops at the first one that does not commit)
 * @param offlineCheck the offline verdict on the last proof; null if the run did not get there
 * @param digests each node's state digest by node id (null where unreadable), after waiting for
 *     them to converge
 * @param elapsed the whole run
 */
public record DemoReport(
    List<StepResult> steps,
    OfflineVerdict offlineCheck,
    Map<String, String> digests,
    Duration elapsed) {

  /**
   * One step's outcome.
   *
   * @param title what the step does
   * @param requestId its request id
   * @param sentTo the node the request was PUT to
   * @param status COMMITTED, ROLLED_BACK, or REJECTED when the node refused it (then {@code detail}
   *     says why)
   * @param coordinator the elected coordinator, as the node it was sent to reports it
   * @param round the round that decided it
   * @param proofUrl where the iov42 view of its proof is served
   * @param proofHash the hash of its native proof (hex)
   * @param millis from the PUT until every node recorded the outcome
   * @param detail the error of a refused request; empty otherwise
   */
  public record StepResult(
      String title,
      String requestId,
      String sentTo,
      String status,
      String coordinator,
      Integer round,
      String proofUrl,
      String proofHash,
      long millis,
      String detail) {
    public boolean committed() {
      return "COMMITTED".equals(status);
    }
  }

  /**
   * The offline check of the last proof with the zone descriptor and the demo's proofs alone.
   *
   * @param requestId the request whose proof was checked
   * @param proofs how many proofs the store held
   * @param histories how many entity histories were walked back to their creation
   * @param problems empty when the proof and every history verified
   */
  public record OfflineVerdict(String requestId, int proofs, int histories, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public DemoReport {
    steps = List.copyOf(steps);
    digests = Collections.unmodifiableMap(new LinkedHashMap<>(digests));
  }

  public boolean allCommitted() {
    return !steps.isEmpty() && steps.stream().allMatch(StepResult::committed);
  }

  public boolean digestsEqual() {
    return ZoneNodes.equal(digests);
  }

  /** Every step committed, the last proof verified offline and the nodes agree. */
  public boolean succeeded() {
    return allCommitted() && offlineCheck != null && offlineCheck.valid() && digestsEqual();
  }
}
