package org.zoneledger.protocol.bench;

import java.math.BigInteger;
import java.util.List;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.TestIdentities;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/**
 * Prints request verifications per second on one thread for P-256, RSA-2048 and Ed25519 clients.
 * One verification = parse the body, decode both headers, verify the authorisation over the body
 * and the authentication over the joined signatures (two signature checks). Not a test: run with
 * {@code java -cp <test classpath> org.zoneledger.protocol.bench.RequestVerificationBenchmark
 * [seconds]}.
 */
public final class RequestVerificationBenchmark {
  private RequestVerificationBenchmark() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    System.out.printf(
        "request verifications/s, 1 thread, %.0f s per algorithm after warm-up%n", seconds);
    for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
      System.out.printf("%-16s %,10.0f /s%n", algorithm.protocolId(), run(algorithm, seconds));
    }
  }

  private static double run(SignatureAlgorithm algorithm, double seconds) {
    TestIdentities identities = new TestIdentities();
    Signatory alice = identities.register("alice", algorithm);
    RequestVerifier verifier = new RequestVerifier(identities, VerificationMode.NATIVE);
    SignedPut put =
        RequestSigning.sign(
            new Transfers(
                "r-1",
                List.of(new Transfer.Quantity("eur", "acc-alice", "acc-bob", BigInteger.TEN))),
            PropertyOrder.JAVA_SDK,
            List.of(alice),
            alice,
            null);
    measure(verifier, put, Math.max(1, seconds / 2));
    return measure(verifier, put, seconds);
  }

  private static double measure(RequestVerifier verifier, SignedPut put, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() < end) {
      verifier.verify("r-1", put.body(), put.headers());
      count++;
    }
    return count / ((System.nanoTime() - start) / 1e9);
  }
}
