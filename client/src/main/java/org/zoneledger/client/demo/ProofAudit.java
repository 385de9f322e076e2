package org.zoneledger.client.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.proof.OfflineCheck;
import org.zoneledger.protocol.proof.OfflineProofCheck;
import org.zoneledger.protocol.proof.ProofStore;
import org.zoneledger.protocol.zone.ZoneDescriptor;

/**
 * The demo's offline check, as a third party holding only the zone descriptor would make it: fetch
 * the native proof of every demo request ({@code GET /api/admin/zone/proofs/{id}}), put them in a
 * {@link ProofStore} and run {@link OfflineProofCheck} on the last one — its coordinator's and
 * voters' signatures, the majority, the clients' authorisations with keys taken from the
 * identities' own creation proofs, and every entity it names walked back to its creation.
 */
final class ProofAudit {

  private static final Duration PROOF_WAIT = Duration.ofSeconds(20);

  private final ZoneDescriptor zone;

  ProofAudit(ZoneDescriptor zone) {
    this.zone = zone;
  }

  /**
   * Fetches the proof of {@code requestId} from {@code node}, waiting a little for a node that has
   * not applied its DECIDE yet, and checks it has the hash the node reports.
   */
  Proof fetch(NodeAdmin node, String requestId, String expectedHash) throws InterruptedException {
    long deadline = System.nanoTime() + PROOF_WAIT.toNanos();
    Optional<byte[]> bytes = node.proof(requestId);
    while (bytes.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      bytes = node.proof(requestId);
    }
    if (bytes.isEmpty()) {
      throw new IllegalStateException(
          node.base()
              + " holds no proof of "
              + requestId
              + " after "
              + PROOF_WAIT.toSeconds()
              + " s");
    }
    Proof proof = Proof.decode(bytes.get());
    if (expectedHash != null && !proof.hash().toHex().equals(expectedHash)) {
      throw new IllegalStateException(
          "the proof of "
              + requestId
              + " from "
              + node.base()
              + " hashes to "
              + proof.hash().toHex()
              + ", the zone reported "
              + expectedHash);
    }
    return proof;
  }

  /** Checks the last of {@code proofs} against a store holding all of them. */
  DemoReport.OfflineVerdict check(List<Proof> proofs) {
    Proof last = proofs.get(proofs.size() - 1);
    List<String> problems = new ArrayList<>();
    int histories = 0;
    try {
      ProofStore store = ProofStore.of(proofs);
      OfflineCheck check = OfflineProofCheck.of(zone, store).check(last);
      problems.addAll(check.problems());
      histories = check.histories().size();
    } catch (IllegalArgumentException e) {
      problems.add("the proofs do not form a consistent mesh: " + e.getMessage());
    }
    return new DemoReport.OfflineVerdict(
        last.requestId().value(), proofs.size(), histories, problems);
  }
}
