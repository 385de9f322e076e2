package org.zoneledger.client;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.request.AddDelegate;
import org.zoneledger.protocol.request.AddQuantity;
import org.zoneledger.protocol.request.AssetKind;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateAsset;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.CreateEndorsements;
import org.zoneledger.protocol.request.CreateIdentity;
import org.zoneledger.protocol.request.DefineAssetType;
import org.zoneledger.protocol.request.Endorsement;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.IssueIdentity;
import org.zoneledger.protocol.request.LedgerRequest;
import org.zoneledger.protocol.request.PropertyOrder;
import org.zoneledger.protocol.request.PublicCredentials;
import org.zoneledger.protocol.request.Transfer;
import org.zoneledger.protocol.request.Transfers;

/**
 * Builds and signs every command type as the iov42 SDKs do (spec §3, §4.2): body in the chosen
 * SDK's property order, one authorisation per authoriser over the body bytes, the first authoriser
 * authenticates, UUID v4 request ids, and for claims and endorsements the {@code X-IOV42-Claims}
 * header the Java SDK sends (full map; {@code e30=} for an endorsement with one authorisation).
 */
public final class CommandBuilder {
  /** What the Java SDK sends as an empty claims header: padded base64 of {@code {}}. */
  public static final String EMPTY_CLAIMS_HEADER = "e30=";

  private final PropertyOrder order;
  private final Supplier<String> requestIds;

  public CommandBuilder(PropertyOrder order, Supplier<String> requestIds) {
    this.order = order;
    this.requestIds = requestIds;
  }

  /** Java SDK property order and UUID v4 request ids. */
  public CommandBuilder() {
    this(PropertyOrder.JAVA_SDK, () -> UUID.randomUUID().toString());
  }

  public SignedPut issueIdentity(ClientIdentity identity) {
    Signatory self = identity.signatory();
    return sign(
        new IssueIdentity(next(), identity.identityId(), identity.credentials()),
        List.of(self),
        null);
  }

  public SignedPut createIdentity(Signatory creator, String identityId, PublicCredentials key) {
    return sign(new CreateIdentity(next(), identityId, key), List.of(creator), null);
  }

  /** {@code scale} is ignored for unique types. */
  public SignedPut defineAssetType(
      Signatory creator, String assetTypeId, AssetKind kind, int scale) {
    Integer s = kind == AssetKind.QUANTIFIABLE ? scale : null;
    return sign(new DefineAssetType(next(), assetTypeId, kind, s), List.of(creator), null);
  }

  /** {@code quantity} null creates a unique asset, otherwise an account with that balance. */
  public SignedPut createAsset(
      Signatory creator, String assetTypeId, String assetId, BigInteger quantity) {
    return sign(new CreateAsset(next(), assetId, assetTypeId, quantity), List.of(creator), null);
  }

  public SignedPut addQuantity(
      Signatory owner, String assetTypeId, String assetId, BigInteger quantity) {
    return sign(new AddQuantity(next(), assetId, assetTypeId, quantity), List.of(owner), null);
  }

  /** Claims by their plaintexts; the body carries their hashes, the header the plaintexts. */
  public SignedPut createClaims(Signatory owner, EntityRef subject, List<String> plaintexts) {
    Map<String, String> byHash = byHash(plaintexts);
    return sign(
        new CreateClaims(next(), subject, List.copyOf(byHash.keySet())),
        List.of(owner),
        RequestSigning.claimsHeader(byHash));
  }

  /**
   * Endorsements of claims given by plaintext, signed by {@code endorser}'s key (a delegate's when
   * it signs on behalf of the endorser). {@code subjectOwner} non-null also authorises, to create
   * claims that do not exist yet (the Java SDK then sends the plaintexts).
   */
  public SignedPut createEndorsements(
      Signatory endorser, Signatory subjectOwner, EntityRef subject, List<String> plaintexts) {
    Map<String, String> byHash = byHash(plaintexts);
    Map<String, String> endorsements = new LinkedHashMap<>();
    byHash
        .keySet()
        .forEach(
            hash ->
                endorsements.put(
                    hash,
                    Base64Url.encode(endorser.signRaw(Endorsement.signedBytes(subject, hash)))));
    List<Signatory> authorisers =
        subjectOwner == null ? List.of(endorser) : List.of(subjectOwner, endorser);
    String claims =
        authorisers.size() >= 2 ? RequestSigning.claimsHeader(byHash) : EMPTY_CLAIMS_HEADER;
    return sign(
        new CreateEndorsements(next(), subject, endorser.identityId(), endorsements),
        authorisers,
        claims);
  }

  public SignedPut addDelegate(Signatory delegator, Signatory delegate) {
    return sign(
        new AddDelegate(next(), delegate.signer(), delegator.identityId()),
        List.of(delegator, delegate),
        null);
  }

  /** An atomic list of transfers; {@code authorisers} are the senders / source-account owners. */
  public SignedPut transfers(List<Signatory> authorisers, List<Transfer> transfers) {
    return sign(new Transfers(next(), transfers), authorisers, null);
  }

  /** Signs any request: every authoriser signs the body, the first one authenticates. */
  public SignedPut sign(LedgerRequest request, List<Signatory> authorisers, String claimsHeader) {
    return RequestSigning.sign(request, order, authorisers, authorisers.get(0), claimsHeader);
  }

  private String next() {
    return requestIds.get();
  }

  private static Map<String, String> byHash(List<String> plaintexts) {
    Map<String, String> byHash = new LinkedHashMap<>();
    plaintexts.forEach(p -> byHash.put(ClaimHash.of(p), p));
    return byHash;
  }
}
