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
 * Builds and signs every command type as the iov42 SDKs do (spec §1.3, §3, §4.2, §12), in the style
 * of the SDK chosen by the {@link PropertyOrder}:
 *
 * <ul>
 *   <li>{@link PropertyOrder#JAVA_SDK}: {@code _type} and {@code requestId} first; the
 *       authenticator may sign in the delegated form; an endorsement's {@code X-IOV42-Claims} is
 *       the full map with two or more authorisations, else the padded {@code e30=};
 *   <li>{@link PropertyOrder#TYPESCRIPT_SDK}: {@code requestId} and {@code _type} appended last;
 *       the authenticator always signs as the key holder itself (never the delegated form); an
 *       endorsement's claims header carries the plaintexts the caller passes, unpadded ({@code e30}
 *       when none); the endorser authenticates an endorsement.
 * </ul>
 *
 * One authorisation per authoriser over the body bytes, UUID v4 request ids by default.
 */
public final class CommandBuilder {
  /** What the Java SDK sends as an empty claims header: padded base64 of {@code {}}. */
  public static final String EMPTY_CLAIMS_HEADER = "e30=";

  /**
   * What the TypeScript SDK sends for an empty list of claims: unpadded base64url of {@code {}}.
   */
  public static final String TS_EMPTY_CLAIMS_HEADER = "e30";

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
   * claims that do not exist yet; the claims header then carries the plaintexts, otherwise none.
   */
  public SignedPut createEndorsements(
      Signatory endorser, Signatory subjectOwner, EntityRef subject, List<String> plaintexts) {
    return createEndorsements(
        endorser, subjectOwner, subject, plaintexts, subjectOwner == null ? List.of() : plaintexts);
  }

  /**
   * Endorsements as above with the plaintexts of the claims header chosen by the caller, as the
   * TypeScript SDK lets it (its tests send none although owner and endorser sign; its car-purchase
   * use case sends them for claims that exist). In Java style an empty header is {@code e30=}.
   */
  public SignedPut createEndorsements(
      Signatory endorser,
      Signatory subjectOwner,
      EntityRef subject,
      List<String> plaintexts,
      List<String> headerPlaintexts) {
    Map<String, String> endorsements = new LinkedHashMap<>();
    byHash(plaintexts)
        .keySet()
        .forEach(
            hash ->
                endorsements.put(
                    hash,
                    Base64Url.encode(endorser.signRaw(Endorsement.signedBytes(subject, hash)))));
    List<Signatory> authorisers =
        subjectOwner == null ? List.of(endorser) : List.of(subjectOwner, endorser);
    Map<String, String> header = byHash(headerPlaintexts);
    String claims =
        header.isEmpty() && !typescript()
            ? EMPTY_CLAIMS_HEADER
            : RequestSigning.claimsHeader(header);
    return sign(
        new CreateEndorsements(next(), subject, endorser.identityId(), endorsements),
        authorisers,
        typescript() ? endorser : authorisers.get(0),
        claims);
  }

  /**
   * A delegate registration, signed by both. Java style (as the Java SDK's test): delegate first,
   * the delegate authenticates; TypeScript style: delegator first, the delegator authenticates.
   */
  public SignedPut addDelegate(Signatory delegator, Signatory delegate) {
    AddDelegate request = new AddDelegate(next(), delegate.signer(), delegator.identityId());
    return sign(
        request, typescript() ? List.of(delegator, delegate) : List.of(delegate, delegator), null);
  }

  /** An atomic list of transfers; {@code authorisers} are the senders / source-account owners. */
  public SignedPut transfers(List<Signatory> authorisers, List<Transfer> transfers) {
    return sign(new Transfers(next(), transfers), authorisers, null);
  }

  /** Signs any request: every authoriser signs the body, the first one authenticates. */
  public SignedPut sign(LedgerRequest request, List<Signatory> authorisers, String claimsHeader) {
    return sign(request, authorisers, authorisers.get(0), claimsHeader);
  }

  /**
   * Signs any request: every authoriser signs the body, {@code authenticator} signs the joined
   * authorisation signatures — as the key holder itself in TypeScript style (spec §3.3).
   */
  public SignedPut sign(
      LedgerRequest request,
      List<Signatory> authorisers,
      Signatory authenticator,
      String claimsHeader) {
    Signatory authenticating = typescript() ? authenticator.asKeyHolder() : authenticator;
    return RequestSigning.sign(request, order, authorisers, authenticating, claimsHeader);
  }

  private boolean typescript() {
    return order == PropertyOrder.TYPESCRIPT_SDK;
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
