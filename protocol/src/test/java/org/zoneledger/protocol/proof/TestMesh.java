package org.zoneledger.protocol.proof;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.crypto.Hashes;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.ClientSignature;
import org.zoneledger.protocol.message.Decision;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityKind;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.PublicCredentials;

/**
 * Builds a small proofmesh on a {@link TestZone}: real request bodies signed by fresh P-256 client
 * keys, linked per entity ({@code identity:<id>}, {@code asset-type:<id>}) to the previous COMMIT
 * proof, voted COMMIT by every node and signed by the coordinator.
 */
final class TestMesh {
  private final TestZone zone;
  private final List<Proof> proofs = new ArrayList<>();
  private final Map<EntityKey, Bytes> heads = new HashMap<>();
  private int requests;

  TestMesh(TestZone zone) {
    this.zone = zone;
  }

  record Client(String id, KeyPair keys) {
    static Client fresh(String id) {
      return new Client(id, Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256));
    }

    PublicCredentials credentials() {
      return new PublicCredentials(
          Base64Url.encode(keys.getPublic().getEncoded()), "SHA256WithECDSA");
    }
  }

  /** Makes one authorisation over a body. */
  @FunctionalInterface
  interface Signer {
    ClientSignature sign(byte[] body);
  }

  static Signer by(Client client) {
    return body -> new ClientSignature(client.id(), "SHA256WithECDSA", sign(client, body), none());
  }

  static Signer forOther(String principal, Client delegate) {
    return body ->
        new ClientSignature(
            principal, "SHA256WithECDSA", sign(delegate, body), Optional.of(delegate.id()));
  }

  static EntityKey identity(String id) {
    return new EntityKey("identity:" + id);
  }

  static EntityKey assetType(String id) {
    return new EntityKey("asset-type:" + id);
  }

  /** A self-issued identity. */
  Client issue(String id) {
    Client client = Client.fresh(id);
    commit(
        identityBody("IssueIdentityRequest", client), List.of(by(client)), List.of(identity(id)));
    return client;
  }

  /** An identity created by {@code creator}, touching both identities as the ledger does. */
  Client create(Client creator, String id) {
    Client client = Client.fresh(id);
    commit(
        identityBody("CreateIdentityRequest", client),
        List.of(by(creator)),
        List.of(identity(id), identity(creator.id())));
    return client;
  }

  Proof addDelegate(Client delegator, Client delegate) {
    return addDelegate(delegator.id(), delegate.id(), List.of(by(delegator), by(delegate)));
  }

  Proof addDelegate(String delegatorId, String delegateId, List<Signer> signers) {
    return commit(
        body(
            "AddDelegateRequest",
            "\"delegateIdentityId\":\""
                + delegateId
                + "\",\"delegatorIdentityId\":\""
                + delegatorId
                + "\""),
        signers,
        List.of(identity(delegatorId), identity(delegateId)));
  }

  /** A {@code DefineAssetTypeRequest} for {@code assetTypeId}, authorised by {@code signers}. */
  Proof defineAssetType(String assetTypeId, List<Signer> signers) {
    return commit(
        body(
            "DefineAssetTypeRequest",
            "\"assetTypeId\":\"" + assetTypeId + "\",\"type\":\"Unique\""),
        signers,
        List.of(assetType(assetTypeId)));
  }

  String identityBody(String type, Client client) {
    return body(
        type,
        "\"identityId\":\""
            + client.id()
            + "\",\"publicCredentials\":{\"key\":\""
            + client.credentials().key()
            + "\",\"protocolId\":\"SHA256WithECDSA\"}");
  }

  /** A COMMIT proof of {@code body} on {@code entities}, stored and made their head. */
  Proof commit(String body, List<Signer> signers, List<EntityKey> entities) {
    Proof proof = unstored(body, signers, entities);
    proofs.add(proof);
    for (EntityKey entity : entities) {
      heads.put(entity, proof.hash());
    }
    return proof;
  }

  /** The COMMIT proof {@link #commit} would make, linked to the current heads, not stored. */
  Proof unstored(String body, List<Signer> signers, List<EntityKey> entities) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    List<ClientSignature> signatures = signers.stream().map(s -> s.sign(bytes)).toList();
    List<EntityLink> links =
        entities.stream()
            .map(
                entity ->
                    new EntityLink(
                        entity,
                        entity.value().startsWith("identity:")
                            ? EntityKind.IDENTITY
                            : EntityKind.ASSET_TYPE,
                        Optional.ofNullable(heads.get(entity)),
                        Bytes.of(Hashes.sha256(bytes))))
            .toList();
    ProofDraft draft = new ProofDraft(requestIdOf(body), 0, Bytes.of(bytes), signatures, links);
    return zone.proof(draft, Decision.COMMIT);
  }

  String body(String type, String fields) {
    requests++;
    return "{\"_type\":\"" + type + "\",\"requestId\":\"req-" + requests + "\"," + fields + "}";
  }

  List<Proof> proofs() {
    return List.copyOf(proofs);
  }

  /** Replaces a stored proof by another (same position), e.g. a tampered copy. */
  void replace(Proof original, Proof replacement) {
    proofs.set(proofs.indexOf(original), replacement);
  }

  ProofStore store() {
    return ProofStore.of(proofs);
  }

  ProofmeshClientKeys keys() {
    return new ProofmeshClientKeys(zone.membership, store(), IdentityKeyScheme.LEDGER);
  }

  OfflineProofCheck offline() {
    return OfflineProofCheck.of(zone.descriptor, store());
  }

  private static RequestId requestIdOf(String body) {
    int start = body.indexOf("\"requestId\":\"") + 13;
    return new RequestId(body.substring(start, body.indexOf('"', start)));
  }

  private static String sign(Client client, byte[] body) {
    return Base64Url.encode(
        Signatures.sign(SignatureAlgorithm.P256_SHA256, client.keys().getPrivate(), body));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
