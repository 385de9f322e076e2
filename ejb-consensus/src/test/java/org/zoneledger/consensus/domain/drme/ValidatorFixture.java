package org.zoneledger.consensus.domain.drme;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Decide;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.EntityKind;
import org.zoneledger.protocol.message.EntityLink;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.NodeSignature;
import org.zoneledger.protocol.message.Prepare;
import org.zoneledger.protocol.message.Proof;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.Vote;
import org.zoneledger.protocol.proof.ProofAssembler;
import org.zoneledger.protocol.proof.ProofDraft;
import org.zoneledger.protocol.zone.ProtocolParameters;

/** node1's validator in a 3-node zone, fed entity-log records by hand (one partition). */
final class ValidatorFixture {
  final ZoneKeys keys;
  final NodeStores stores = InMemoryStores.create();
  final EntityLogHandler handler;
  private final Map<String, VerifiedRequest> published = new HashMap<>();
  private long offset;

  ValidatorFixture(ZoneKeys keys, int queueBound, Duration maxAge, DrmeNode.SigningMode signing) {
    this.keys = keys;
    NodeId self = keys.members().get(0);
    DrmeNode node =
        new DrmeNode(
            self,
            keys.members(),
            new ProtocolParameters(
                Duration.ofSeconds(3), Duration.ofSeconds(1), queueBound, maxAge),
            new RoundSchedule(Duration.ofSeconds(3), 4),
            new BankRules(),
            keys.crypto().get(self),
            keys.verifiers().apply(self),
            (id, digest) -> Optional.ofNullable(published.get(id + "|" + digest)),
            signing);
    handler = new EntityLogHandler(node, stores);
  }

  static ValidatorFixture hashed(int queueBound, Duration maxAge) {
    return new ValidatorFixture(ZoneKeys.hashed(3), queueBound, maxAge, DrmeNode.SigningMode.BATCH);
  }

  void account(String id, long balance) {
    EntityKey key = BankRules.account(id);
    stores
        .entities()
        .put(
            new EntitySlot(
                key,
                Optional.of(new BankRules.Account(key, BigInteger.valueOf(balance))),
                Optional.empty(),
                Optional.empty(),
                List.of()));
  }

  /** The PREPARE node {@code coordinator} (0-based) signs for one account of the request. */
  Prepare prepare(VerifiedRequest request, String account, int coordinator, int round) {
    RequestLogRecord.ClientRequest record = new RequestLogRecord.ClientRequest(request);
    published.put(record.id() + "|" + record.bodyDigest(), request);
    NodeId signer = keys.members().get(coordinator);
    Prepare unsigned =
        new Prepare(
            record.id(),
            BankRules.account(account),
            EntityKind.ASSET,
            round,
            signer,
            record.bodyDigest(),
            NodeSignature.unsigned());
    return unsigned.withSignature(keys.crypto().get(signer).sign(unsigned.signingBytes()));
  }

  /** Handles the records as one batch appended at {@code timestamp}. */
  Effects deliver(long timestamp, EntityLogRecord... records) {
    List<Delivery<EntityLogRecord>> batch = new ArrayList<>();
    for (EntityLogRecord record : records) {
      batch.add(new Delivery<>(new LogPosition(0, offset++, timestamp), record));
    }
    return handler.handle(batch);
  }

  /** The records again from offset {@code from}, as one batch (the rest of a deferred batch). */
  Effects deliverFrom(long from, long timestamp, EntityLogRecord... records) {
    List<Delivery<EntityLogRecord>> batch = new ArrayList<>();
    for (int i = 0; i < records.length; i++) {
      batch.add(new Delivery<>(new LogPosition(0, from + i, timestamp), records[i]));
    }
    return handler.handle(batch);
  }

  /** Makes the request unreadable here, as if this node had not sequenced it yet. */
  void unsequence(VerifiedRequest request) {
    RequestLogRecord.ClientRequest record = new RequestLogRecord.ClientRequest(request);
    published.remove(record.id() + "|" + record.bodyDigest());
  }

  /** Makes the request readable here: this node sequenced it. */
  void sequence(VerifiedRequest request) {
    RequestLogRecord.ClientRequest record = new RequestLogRecord.ClientRequest(request);
    published.put(record.id() + "|" + record.bodyDigest(), request);
  }

  /** Delivers again the record at {@code at} (a redelivery below the stored offset). */
  Effects redeliver(long at, long timestamp, EntityLogRecord record) {
    return handler.handle(List.of(new Delivery<>(new LogPosition(0, at, timestamp), record)));
  }

  /** The other two nodes agree with {@code own}; node2 signs the proof; one DECIDE. */
  Decide decideLike(Vote own, VerifiedRequest request) {
    List<Vote> votes = new ArrayList<>(List.of(own));
    for (int i = 1; i < 3; i++) {
      NodeId voter = keys.members().get(i);
      NodeCrypto crypto = keys.crypto().get(voter);
      Vote unsigned =
          new Vote(
              own.requestId(),
              own.entity(),
              voter,
              own.decision(),
              own.reason(),
              own.previousProofHash(),
              own.changeDigest(),
              crypto.seal(ClientSignatures.sealText(own.requestId(), request)),
              NodeSignature.unsigned());
      votes.add(unsigned.withSignature(crypto.sign(unsigned.signingBytes())));
    }
    EntityLink link =
        new EntityLink(own.entity(), EntityKind.ASSET, own.previousProofHash(), own.changeDigest());
    ProofDraft draft =
        new ProofDraft(
            own.requestId(),
            0,
            org.zoneledger.protocol.message.Bytes.of(request.parsed().body()),
            ClientSignatures.of(request),
            List.of(link));
    NodeCrypto coordinator = keys.crypto().get(keys.members().get(1));
    Proof proof =
        ProofAssembler.assemble(draft, coordinator.node(), keys.members(), votes).orElseThrow();
    return new Decide(own.entity(), proof.withSignature(coordinator.sign(proof.signingBytes())));
  }

  EntitySlot slot(String account) {
    return stores.entities().slot(BankRules.account(account));
  }

  static RequestId id(String value) {
    return new RequestId(value);
  }
}
