package org.zoneledger.consensus.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestEntry;
import org.zoneledger.consensus.domain.drme.RequestLogRecord;
import org.zoneledger.consensus.domain.drme.RequestUnavailableException;
import org.zoneledger.consensus.infrastructure.kafka.ClientEnvelope;
import org.zoneledger.consensus.infrastructure.kafka.EnvelopeVerifier;
import org.zoneledger.consensus.infrastructure.kafka.LogRequestSource;
import org.zoneledger.consensus.infrastructure.kafka.RecordFetcher;
import org.zoneledger.consensus.infrastructure.kafka.RequestRecordCodec;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.kafka.api.KafkaRecord;
import org.zoneledger.protocol.auth.RequestSigning;
import org.zoneledger.protocol.auth.Signatory;
import org.zoneledger.protocol.auth.SignedPut;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.ClaimHash;
import org.zoneledger.protocol.request.CreateClaims;
import org.zoneledger.protocol.request.EntityRef;
import org.zoneledger.protocol.request.PropertyOrder;

/**
 * A claims request's plaintexts come back in a later transaction the way the node wires it: the
 * position from the request's {@code DRME_REQUEST} row ({@link JpaRequestPositions}), the record
 * from the log ({@link LogRequestSource}).
 */
class JpaRequestPositionsTest {
  private static final NodeId SELF = new NodeId("node-1");
  private static final TopicNames TOPICS = TopicNames.of("zone.test");
  private static final String CLAIM = "born:1990-05-01";
  private static final String HASH = ClaimHash.of(CLAIM);
  private static final RequestId ID = new RequestId("claims-1");
  private static final LogPosition AT = new LogPosition(3, 42, 1_700_000_000_123L);

  private final TestDatabase database = TestDatabase.h2("positions");
  private final ClientEnvelope envelope = claimsEnvelope();
  private final VerifiedRequest verified = EnvelopeVerifier.checkWithoutSigners(envelope);
  private final Map<Long, KafkaRecord> log = new HashMap<>();
  private final List<String> reads = new ArrayList<>();
  private final RecordFetcher fetcher =
      (topic, partition, offset) -> {
        reads.add(topic + "-" + partition + "@" + offset);
        return Optional.ofNullable(log.get(offset)).filter(r -> r.partition() == partition);
      };

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void aSequencedRequestsPositionIsTheOneStoredInItsRow() {
    sequence();

    assertThat(positionOf(ID)).contains(AT);
  }

  @Test
  void aRequestThisNodeHasNotSequencedHasNoPosition() {
    assertThat(positionOf(ID)).isEmpty();
  }

  @Test
  void aClaimsRequestStoredWithoutItsPlaintextsIsReadBackFromTheLogInALaterTransaction() {
    sequence();
    log.put(AT.offset(), record(AT));

    VerifiedRequest found =
        database.inTransaction(em -> stores(em).requests().find(ID)).orElseThrow().request();

    assertThat(found.claimPlaintexts()).containsEntry(HASH, CLAIM);
    assertThat(found).isEqualTo(verified);
    assertThat(reads).containsExactly(TOPICS.requests() + "-3@42");
  }

  @Test
  void aClaimsRequestTheLogNoLongerHoldsIsUnavailable() {
    sequence();

    assertThatThrownBy(() -> database.inTransaction(em -> stores(em).requests().find(ID)))
        .isInstanceOf(RequestUnavailableException.class);
  }

  private Optional<LogPosition> positionOf(RequestId id) {
    return database.inTransaction(em -> new JpaRequestPositions(em).apply(id));
  }

  private NodeStores stores(EntityManager em) {
    LogRequestSource source = new LogRequestSource(new JpaRequestPositions(em), fetcher, TOPICS);
    return new JpaNodeStores(SELF, "node-1.test", new LedgerStateCodec(), source).open(em);
  }

  /** The coordinator role's first transaction: the request stored, its plaintexts not. */
  private void sequence() {
    RequestEntry entry =
        new RequestEntry(
            ID,
            RequestLogRecord.ClientRequest.digest(verified),
            verified,
            List.of(new EntityKey("identity:alice")),
            AT,
            new Beacon(Bytes.of(new byte[32])),
            0,
            SELF,
            false);
    database.inTransaction(
        em -> {
          stores(em).requests().put(entry);
          return null;
        });
  }

  private KafkaRecord record(LogPosition at) {
    return new KafkaRecord(
        TOPICS.requests(),
        at.partition(),
        at.offset(),
        at.timestamp(),
        RequestRecordCodec.key(ID),
        RequestRecordCodec.encode(envelope),
        Map.of());
  }

  private static ClientEnvelope claimsEnvelope() {
    Signatory alice =
        Signatory.of(
            "alice",
            SignatureAlgorithm.P256_SHA256,
            Signatures.generateKeyPair(SignatureAlgorithm.P256_SHA256).getPrivate());
    SignedPut put =
        RequestSigning.sign(
            new CreateClaims(ID.value(), EntityRef.identity("alice"), List.of(HASH)),
            PropertyOrder.JAVA_SDK,
            List.of(alice),
            alice,
            RequestSigning.claimsHeader(Map.of(HASH, CLAIM)));
    return new ClientEnvelope(
        ID, Bytes.of(put.body()), put.headers(), VerificationMode.IOV42, SELF, 1L);
  }
}
