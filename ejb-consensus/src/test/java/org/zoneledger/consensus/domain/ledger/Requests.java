package org.zoneledger.consensus.domain.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.auth.SignatureEntry;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.RequestParser;

/**
 * Builds {@link VerifiedRequest}s for the rules from JSON bodies. The rules trust the verified
 * principals, so authorisation signatures are placeholders; endorsement signatures are real, made
 * with per-identity P-256 keys.
 */
final class Requests {
  private static final Map<String, KeyPair> KEYS = new HashMap<>();
  private static int counter;

  private Requests() {}

  static String nextId() {
    return "req-" + (++counter);
  }

  /** An authorisation counting for {@code identityId}, signed by its own key. */
  static SignatureEntry by(String identityId) {
    return new SignatureEntry(identityId, "SHA256WithECDSA", "sig", null);
  }

  /** An authorisation for {@code delegator} made by {@code delegate}'s key. */
  static SignatureEntry via(String delegator, String delegate) {
    return new SignatureEntry(delegator, "SHA256WithECDSA", "sig", delegate);
  }

  static VerifiedRequest verified(String json, SignatureEntry... authorisations) {
    return verified(json, Map.of(), authorisations);
  }

  static VerifiedRequest verified(
      String json, Map<String, String> plaintexts, SignatureEntry... authorisations) {
    List<SignatureEntry> list = new ArrayList<>(List.of(authorisations));
    return new VerifiedRequest(
        RequestParser.parse(json.getBytes(UTF_8)), list, list.get(0), plaintexts);
  }

  static synchronized KeyPair keys(String identityId) {
    return KEYS.computeIfAbsent(
        identityId, id -> Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256));
  }

  static String credentialsJson(String identityId) {
    return "{\"key\":\""
        + Base64Url.encode(keys(identityId).getPublic().getEncoded())
        + "\",\"protocolId\":\"SHA256WithECDSA\"}";
  }

  /** {@code signer}'s endorsement signature over {@code text}. */
  static String endorse(String signer, String text) {
    return Base64Url.encode(
        Signatures.sign(
            SignatureAlgorithm.P256_SHA256, keys(signer).getPrivate(), text.getBytes(UTF_8)));
  }

  // ---- bodies ----

  static VerifiedRequest issueIdentity(String id) {
    return verified(issueIdentityJson(id, ""), by(id));
  }

  static String issueIdentityJson(String id, String extra) {
    return "{\"_type\":\"IssueIdentityRequest\",\"requestId\":\""
        + nextId()
        + "\",\"identityId\":\""
        + id
        + "\",\"publicCredentials\":"
        + credentialsJson(id)
        + extra
        + "}";
  }

  static String defineAssetTypeJson(String id, String typeAndScale, String extra) {
    return "{\"_type\":\"DefineAssetTypeRequest\",\"requestId\":\""
        + nextId()
        + "\",\"assetTypeId\":\""
        + id
        + "\","
        + typeAndScale
        + extra
        + "}";
  }

  static VerifiedRequest defineUnique(String owner, String typeId) {
    return verified(defineAssetTypeJson(typeId, "\"type\":\"Unique\"", ""), by(owner));
  }

  static VerifiedRequest defineQuantifiable(String owner, String typeId, int scale) {
    return verified(
        defineAssetTypeJson(typeId, "\"type\":\"Quantifiable\",\"scale\":" + scale, ""), by(owner));
  }

  static String createAssetJson(String typeId, String assetId, String quantity) {
    return "{\"_type\":\"CreateAssetRequest\",\"requestId\":\""
        + nextId()
        + "\",\"assetId\":\""
        + assetId
        + "\",\"assetTypeId\":\""
        + typeId
        + "\""
        + (quantity == null ? "" : ",\"quantity\":\"" + quantity + "\"")
        + "}";
  }

  static VerifiedRequest createAsset(String owner, String typeId, String assetId, String qty) {
    return verified(createAssetJson(typeId, assetId, qty), by(owner));
  }

  static String addQuantityJson(String typeId, String assetId, String quantity) {
    return "{\"_type\":\"AddQuantityRequest\",\"requestId\":\""
        + nextId()
        + "\",\"assetId\":\""
        + assetId
        + "\",\"assetTypeId\":\""
        + typeId
        + "\",\"quantity\":\""
        + quantity
        + "\"}";
  }

  static String transfersJson(String... items) {
    return "{\"_type\":\"TransfersRequest\",\"requestId\":\""
        + nextId()
        + "\",\"transfers\":["
        + String.join(",", items)
        + "]}";
  }

  static String ownership(String typeId, String assetId, String from, String to) {
    return String.format(
        "{\"assetTypeId\":\"%s\",\"assetId\":\"%s\",\"fromIdentityId\":\"%s\",\"toIdentityId\":\"%s\"}",
        typeId, assetId, from, to);
  }

  static String quantity(String typeId, String from, String to, String quantity) {
    return String.format(
        "{\"assetTypeId\":\"%s\",\"fromAssetId\":\"%s\",\"toAssetId\":\"%s\",\"quantity\":\"%s\"}",
        typeId, from, to, quantity);
  }

  /** {@code claimsType} e.g. {@code CreateIdentityClaimsRequest}; {@code subject} the id fields. */
  static String claimsJson(String claimsType, String subject, String... hashes) {
    return "{\"_type\":\""
        + claimsType
        + "\",\"requestId\":\""
        + nextId()
        + "\","
        + subject
        + ",\"claims\":[\""
        + String.join("\",\"", hashes)
        + "\"]}";
  }

  static Map<String, String> plaintexts(String... claims) {
    Map<String, String> map = new HashMap<>();
    for (String claim : claims) {
      map.put(ClaimHash.of(claim), claim);
    }
    return map;
  }

  static String endorsementsJson(
      String endorsementsType, String subject, String endorserId, Map<String, String> signatures) {
    StringBuilder map = new StringBuilder("{");
    signatures.forEach(
        (hash, sig) ->
            map.append(map.length() > 1 ? "," : "")
                .append("\"")
                .append(hash)
                .append("\":\"")
                .append(sig)
                .append("\""));
    return "{\"_type\":\""
        + endorsementsType
        + "\",\"requestId\":\""
        + nextId()
        + "\","
        + subject
        + ",\"endorserId\":\""
        + endorserId
        + "\",\"endorsements\":"
        + map
        + "}}";
  }
}
