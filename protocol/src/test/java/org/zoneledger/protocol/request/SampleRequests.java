package org.zoneledger.protocol.request;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request of each of the 13 types, with the spec's example values. */
public final class SampleRequests {
  public static final String P256_KEY =
      "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  public static final String HASH = ClaimHash.of("first-registration:10/02/2010");
  public static final String HASH2 = ClaimHash.of("claim1");

  private SampleRequests() {}

  public static List<LedgerRequest> all() {
    PublicCredentials key = new PublicCredentials(P256_KEY, "SHA256WithECDSA");
    Map<String, String> endorsements = new LinkedHashMap<>();
    endorsements.put(HASH2, "c2ln");
    endorsements.put(HASH, "c2lnMg");
    return List.of(
        new IssueIdentity("r-1", "alice", key),
        new CreateIdentity("r-1b", "bob", key),
        new DefineAssetType("r-2", "car", AssetKind.UNIQUE, null),
        new DefineAssetType("r-2b", "eur", AssetKind.QUANTIFIABLE, 2),
        new CreateAsset("r-3", "acc-1", "eur", new BigInteger("10000")),
        new CreateAsset("r-3b", "car-7", "car", null),
        new AddQuantity("r-3c", "acc-1", "eur", BigInteger.valueOf(100)),
        new CreateClaims("r-4a", EntityRef.identity("alice"), List.of(HASH, HASH2)),
        new CreateClaims("r-4b", EntityRef.assetType("car"), List.of(HASH)),
        new CreateClaims("r-4", EntityRef.asset("car", "car-7"), List.of(HASH)),
        new CreateEndorsements("r-5a", EntityRef.identity("alice"), "mva", endorsements),
        new CreateEndorsements("r-5b", EntityRef.assetType("car"), "mva", endorsements),
        new CreateEndorsements("r-5", EntityRef.asset("car", "car-7"), "mva", endorsements),
        new AddDelegate("r-7", "alice-bot", "alice"),
        new Transfers(
            "r-6",
            List.of(
                new Transfer.Ownership("car", "car-7", "alice", "bob"),
                new Transfer.Quantity("eur", "acc-bob", "acc-alice", BigInteger.valueOf(2500)))));
  }
}
