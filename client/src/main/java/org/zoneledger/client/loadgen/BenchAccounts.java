package org.zoneledger.client.loadgen;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.zoneledger.client.ClientIdentity;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;

/**
 * The parties of one run: an issuer that defines the quantifiable asset type, and holders that own
 * one account each. Every id starts with the run's prefix, so runs against the same zone never
 * collide. Keys are P-256.
 */
record BenchAccounts(String assetTypeId, ClientIdentity issuer, List<Holder> holders) {
  /** Decimal places of the asset type. */
  static final int SCALE = 2;

  /** Each account's balance in minor units: 1,000,000.00. */
  static final BigInteger BALANCE = BigInteger.valueOf(100_000_000L);

  /** One identity and the account it owns. */
  record Holder(ClientIdentity identity, String accountId) {}

  BenchAccounts {
    holders = List.copyOf(holders);
  }

  static BenchAccounts generate(String prefix, int count) {
    ClientIdentity issuer =
        ClientIdentity.generate(prefix + "-issuer", SignatureAlgorithm.P256_SHA256);
    // key generation costs milliseconds each: on every core
    List<Holder> holders =
        IntStream.range(0, count)
            .parallel()
            .mapToObj(
                i ->
                    new Holder(
                        ClientIdentity.generate(
                            prefix + "-id-" + i, SignatureAlgorithm.P256_SHA256),
                        prefix + "-acc-" + i))
            .toList();
    return new BenchAccounts(prefix + "-coin", issuer, holders);
  }

  Holder holder(int index) {
    return holders.get(index);
  }

  int size() {
    return holders.size();
  }
}
