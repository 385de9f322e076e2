package org.zoneledger.consensus.application.command;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.zoneledger.consensus.application.NodeContext;
import org.zoneledger.consensus.domain.LedgerRules;
import org.zoneledger.consensus.domain.drme.NodeStores;
import org.zoneledger.consensus.domain.drme.RequestLogRecord;
import org.zoneledger.consensus.domain.ledger.DefaultLedgerRules;
import org.zoneledger.consensus.infrastructure.kafka.ClientEnvelope;
import org.zoneledger.consensus.infrastructure.kafka.RequestRecordCodec;
import org.zoneledger.consensus.schema.SchemaStartup;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;
import org.zoneledger.persistence.consensus.DrmeRequest;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.RequestVerifier;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.message.RollbackReason;

/**
 * Phase 1 of a client's PUT at this node: the checks every node repeats when it sequences the
 * request (spec §3.7 steps 1–4 without the signers' keys), the ledger's split into entities, the
 * signers against this node's committed identities, the requestId against the requests this node
 * has sequenced (same body: a status poll; another body: 409) — then the request is appended to the
 * {@code requests} log (acks=all) and only then is it durable. Any refusal writes nothing.
 */
@Stateless
public class CommandService {

  private static final Set<Integer> MAYBE_LAGGING =
      Set.of(ErrorCode.UNKNOWN_SIGNER.code(), ErrorCode.DELEGATE_NOT_REGISTERED.code());

  private final LedgerRules rules = new DefaultLedgerRules();

  @PersistenceContext(unitName = "zoneledger")
  private EntityManager em;

  @Resource(lookup = "java:app/kafka/factory")
  private KafkaConnectionFactory kafka;

  @EJB private SchemaStartup schema;
  @EJB private NodeContext node;

  public Admission admit(String pathRequestId, byte[] body, Iov42Headers headers) {
    schema.awaitMigrated();
    VerifiedRequest request;
    try {
      request =
          RequestVerifier.checkWithoutSigners(VerificationMode.IOV42, pathRequestId, body, headers);
      rules.touchedEntities(request);
    } catch (ProtocolException e) {
      return new Admission.Refused(
          CommandResult.Failed.refused(pathRequestId, CommandError.of(e)), false);
    }
    Bytes digest = RequestLogRecord.ClientRequest.digest(request);
    Optional<Admission> known = known(pathRequestId, digest);
    if (known.isPresent()) {
      return known.get();
    }
    NodeStores stores = node.stores(em, node.consumer("api"));
    Optional<RollbackReason> problem =
        rules.signerProblem(request, key -> stores.entities().slot(key).state());
    if (problem.isPresent()) {
      return new Admission.Refused(
          CommandResult.Failed.refused(pathRequestId, CommandError.of(problem.get())),
          MAYBE_LAGGING.contains(problem.get().errorCode()));
    }
    append(new RequestId(pathRequestId), body, headers);
    return new Admission.Accepted(pathRequestId, digest, true);
  }

  private Optional<Admission> known(String id, Bytes digest) {
    DrmeRequest row = em.find(DrmeRequest.class, id);
    if (row == null) {
      return Optional.empty();
    }
    if (Arrays.equals(row.bodyDigest(), digest.toArray())) {
      return Optional.of(new Admission.Accepted(id, digest, false));
    }
    return Optional.of(new Admission.Refused(CommandResult.Failed.conflict(id), false));
  }

  private void append(RequestId id, byte[] body, Iov42Headers headers) {
    ClientEnvelope envelope =
        new ClientEnvelope(
            id,
            Bytes.of(body),
            headers,
            VerificationMode.IOV42,
            node.setup().self(),
            System.currentTimeMillis());
    try (KafkaConnection connection = kafka.getConnection()) {
      connection.send(
          node.topics().requests(),
          RequestRecordCodec.key(id),
          RequestRecordCodec.encode(envelope));
    } catch (ResourceException e) {
      throw new IllegalStateException("cannot open a Kafka connection", e);
    }
  }
}
