package org.zoneledger.protocol.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ProofDraft;
import org.zoneledger.protocol.proof.ProofVerifier;
import org.zoneledger.protocol.proof.TestZone;

/**
 * One-thread throughput of the consensus crypto: P-256 vote signatures (direct, and batched 64 per
 * Merkle root) and full proof verifications (coordinator, client, every vote and iov42 seal, tally)
 * for one-entity requests in 3- and 5-node zones. Not a test: run with {@code java -cp <test
 * classpath> org.zoneledger.protocol.bench.ConsensusBench [seconds per measurement]}.
 */
public final class ConsensusBench {
  private ConsensusBench() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    TestZone zone3 = TestZone.of(3);
    TestZone zone5 = TestZone.of(5);
    ProofDraft draft =
        zone3.draft(
            "bench-1", List.of(TestZone.link("asset:a", Optional.of(Bytes.of(new byte[32])))));
    Vote vote = zone3.vote(0, draft, draft.links().get(0), Decision.COMMIT);
    byte[] signingBytes = vote.signingBytes();
    List<byte[]> batch = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      batch.add(
          zone3
              .vote(
                  0,
                  zone3.draft("bench-b" + i, draft.links()),
                  draft.links().get(0),
                  Decision.COMMIT)
              .signingBytes());
    }
    report(
        "vote signatures/s (P-256, direct)",
        seconds,
        () -> {
          NodeSignature s =
              zone3.signer(0).sign(vote.withSignature(NodeSignature.unsigned()).signingBytes());
          return s == null ? 0 : 1;
        });
    report(
        "vote signatures/s (P-256, batches of 64)",
        seconds,
        () -> zone3.signer(0).signBatch(batch).size());
    IntSupplier verify3 = verification(zone3);
    IntSupplier verify5 = verification(zone5);
    measure(seconds, verify5); // warm both sizes before either is measured
    report("proof verifications/s (3 nodes, 1 entity, 8 ECDSA)", seconds, verify3);
    report("proof verifications/s (5 nodes, 1 entity, 12 ECDSA)", seconds, verify5);
    System.out.println("(vote signing bytes: " + signingBytes.length + " B)");
  }

  private static IntSupplier verification(TestZone zone) {
    ProofDraft draft =
        zone.draft(
            "bench-p", List.of(TestZone.link("asset:a", Optional.of(Bytes.of(new byte[32])))));
    Proof proof = zone.proof(draft, Decision.COMMIT);
    ProofVerifier verifier = zone.verifier();
    return () -> {
      if (!verifier.verify(proof, zone.clientKeys).valid()) {
        throw new IllegalStateException("the benchmark proof does not verify");
      }
      return 1;
    };
  }

  private static void report(String what, double seconds, IntSupplier operation) {
    measure(seconds, operation); // warm-up: JIT compilation of the whole path
    double rate = measure(seconds, operation);
    System.out.printf("%-45s %,10.0f%n", what, rate);
  }

  private static double measure(double seconds, IntSupplier operation) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long done = 0;
    while (System.nanoTime() < deadline) {
      done += operation.getAsInt();
    }
    return done / ((System.nanoTime() - start) / 1e9);
  }
}
