package org.zoneledger.consensus.infrastructure.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.OpenRequest;
import org.zoneledger.consensus.domain.drme.RequestEntry;
import org.zoneledger.consensus.domain.drme.RequestOutcome;
import org.zoneledger.consensus.domain.drme.RequestSource;
import org.zoneledger.consensus.domain.drme.RequestStore;
import org.zoneledger.consensus.domain.drme.RequestUnavailableException;
import org.zoneledger.persistence.consensus.DrmeRequest;
import org.zoneledger.persistence.consensus.DrmeRequestOutcome;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.drme.Beacon;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * Requests in {@code DRME_REQUEST} and outcomes in {@code DRME_REQUEST_OUTCOME}. Claim plaintexts
 * are never stored (issue 4, item 3): a stored request that had some gets them back from the {@code
 * requests} log through {@link RequestSource} when read in a later transaction.
 */
final class JpaRequestStore implements RequestStore {
  private static final Comparator<RequestEntry> LOG_ORDER =
      Comparator.comparingLong((RequestEntry e) -> e.sequenced().timestamp())
          .thenComparingInt(e -> e.sequenced().partition())
          .thenComparingLong(e -> e.sequenced().offset());

  private final EntityManager em;
  private final RequestSource log;
  private final Map<RequestId, RequestEntry> entries = new HashMap<>();
  private final Map<RequestId, DrmeRequest> touched = new LinkedHashMap<>();

  JpaRequestStore(EntityManager em, RequestSource log) {
    this.em = em;
    this.log = log;
  }

  @Override
  public Optional<RequestEntry> find(RequestId id) {
    RequestEntry cached = entries.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    DrmeRequest row = em.find(DrmeRequest.class, id.value());
    return Optional.ofNullable(row).map(this::decode);
  }

  @Override
  public boolean isSequenced(RequestId id) {
    return entries.containsKey(id) || em.find(DrmeRequest.class, id.value()) != null;
  }

  @Override
  public void put(RequestEntry entry) {
    DrmeRequest row = em.find(DrmeRequest.class, entry.id().value());
    if (row == null) {
      row = new DrmeRequest(entry.id().value());
      sequence(row, entry);
      em.persist(row);
    } else if (!Arrays.equals(row.bodyDigest(), entry.bodyDigest().toArray())
        || row.partition() != entry.sequenced().partition()
        || row.offset() != entry.sequenced().offset()) {
      sequence(row, entry);
    }
    boolean open =
        !entry.entities().isEmpty()
            && em.find(DrmeRequestOutcome.class, entry.id().value()) == null;
    row.update(entry.round(), entry.coordinator().value(), entry.proofSent(), open);
    entries.put(entry.id(), entry);
    touched.put(entry.id(), row);
  }

  @Override
  public Optional<RequestOutcome> outcome(RequestId id) {
    return Optional.ofNullable(em.find(DrmeRequestOutcome.class, id.value()))
        .map(
            row ->
                new RequestOutcome(
                    id,
                    RequestOutcome.Status.valueOf(row.status()),
                    row.round(),
                    Optional.ofNullable(row.proofHash()).map(Bytes::fromHex)));
  }

  @Override
  public void putOutcome(RequestOutcome outcome) {
    String id = outcome.requestId().value();
    String hash = outcome.proofHash().map(Bytes::toHex).orElse(null);
    DrmeRequestOutcome row = em.find(DrmeRequestOutcome.class, id);
    if (row == null) {
      em.persist(new DrmeRequestOutcome(id, outcome.status().name(), outcome.round(), hash));
    } else {
      row.update(outcome.status().name(), outcome.round(), hash);
    }
    DrmeRequest request = em.find(DrmeRequest.class, id);
    if (request != null && request.isOpen()) {
      request.close();
      touched.put(outcome.requestId(), request);
    }
  }

  /**
   * The open rows through the {@code DRME_REQUEST_OPEN} index, without a flush: rows changed in
   * this transaction are taken from memory instead.
   */
  @Override
  public List<RequestEntry> undecided() {
    Map<RequestId, DrmeRequest> open = new LinkedHashMap<>();
    em.createNamedQuery(DrmeRequest.OPEN, DrmeRequest.class)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(row -> open.put(new RequestId(row.requestId()), row));
    touched.forEach((id, row) -> open.put(id, row));
    List<RequestEntry> result = new ArrayList<>();
    for (DrmeRequest row : open.values()) {
      if (row.isOpen()) {
        result.add(
            entries.containsKey(new RequestId(row.requestId()))
                ? entries.get(new RequestId(row.requestId()))
                : decode(row));
      }
    }
    result.sort(LOG_ORDER);
    return result;
  }

  /** {@inheritDoc} Rows changed in this transaction are taken from memory, as for undecided. */
  @Override
  public List<OpenRequest> open() {
    Map<RequestId, OpenRequest> open = new LinkedHashMap<>();
    em.createNamedQuery(DrmeRequest.OPEN_ROUNDS, Object[].class)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .forEach(
            row -> {
              RequestId id = new RequestId((String) row[0]);
              open.put(id, new OpenRequest(id, (Long) row[1], (Integer) row[2]));
            });
    touched.forEach(
        (id, row) -> {
          if (row.isOpen()) {
            open.put(id, new OpenRequest(id, row.logTime(), row.round()));
          } else {
            open.remove(id);
          }
        });
    List<OpenRequest> result = new ArrayList<>(open.values());
    result.sort(Comparator.comparingLong(OpenRequest::logTime));
    return result;
  }

  private static void sequence(DrmeRequest row, RequestEntry entry) {
    LogPosition at = entry.sequenced();
    row.setSequenced(
        entry.bodyDigest().toArray(),
        RowCodec.request(entry.request()),
        entry.request().claimPlaintexts().size(),
        RowCodec.entities(entry.entities()),
        at.partition(),
        at.offset(),
        at.timestamp(),
        entry.beacon().value().toArray());
  }

  private RequestEntry decode(DrmeRequest row) {
    RequestId id = new RequestId(row.requestId());
    Bytes digest = Bytes.of(row.bodyDigest());
    VerifiedRequest request;
    if (row.claimCount() == 0) {
      request = RowCodec.request(row.request(), Map.of());
    } else {
      request = log.find(id, digest).orElseThrow(() -> new RequestUnavailableException(id));
    }
    RequestEntry entry =
        new RequestEntry(
            id,
            digest,
            request,
            RowCodec.entities(row.entities()),
            new LogPosition(row.partition(), row.offset(), row.logTime()),
            new Beacon(Bytes.of(row.beacon())),
            row.round(),
            new NodeId(row.coordinator()),
            row.proofSent());
    entries.put(id, entry);
    return entry;
  }
}
