package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.zoneledger.consensus.domain.drme.LogPosition;
import org.zoneledger.consensus.domain.drme.RequestLogRecord;
import org.zoneledger.consensus.domain.drme.RequestSource;
import org.zoneledger.protocol.auth.HeaderCodec;
import org.zoneledger.protocol.auth.VerifiedRequest;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.RequestId;
import org.zoneledger.protocol.request.RequestParser;

/**
 * A {@link RequestSource} that reads a request back from the {@code requests} log at the position
 * where this node sequenced its first copy ({@code sequencedAt}, which the node stored when it
 * consumed the request). The node stores the request without its claim plaintexts (issue 4 item 3),
 * so this is how a later transaction gets them back. The record there passed the sequencing checks
 * ({@link EnvelopeVerifier}) when it was sequenced, so it is rebuilt without repeating them (the
 * validators check its signers); it is returned only if it is that request with the body digest
 * asked for. Empty when the node has not sequenced the request yet or the log no longer holds it:
 * the engine then retries the batch later.
 */
public final class LogRequestSource implements RequestSource {
  private final Function<RequestId, Optional<LogPosition>> sequencedAt;
  private final RecordFetcher fetcher;
  private final String topic;

  public LogRequestSource(
      Function<RequestId, Optional<LogPosition>> sequencedAt,
      RecordFetcher fetcher,
      TopicNames topics) {
    this.sequencedAt = Objects.requireNonNull(sequencedAt, "sequencedAt");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.topic = topics.requests();
  }

  @Override
  public Optional<VerifiedRequest> find(RequestId id, Bytes bodyDigest) {
    return sequencedAt
        .apply(id)
        .flatMap(at -> fetcher.fetch(topic, at.partition(), at.offset()))
        .map(record -> RequestRecordCodec.decode(record.key(), record.value()))
        .flatMap(LogRequestSource::envelope)
        .filter(envelope -> envelope.requestId().equals(id))
        .map(LogRequestSource::rebuild)
        .filter(request -> RequestLogRecord.ClientRequest.digest(request).equals(bodyDigest));
  }

  /**
   * The {@link VerifiedRequest} of an envelope that already passed the sequencing checks on this
   * node: body parsed and headers decoded, nothing checked again.
   */
  public static VerifiedRequest rebuild(ClientEnvelope envelope) {
    return new VerifiedRequest(
        RequestParser.parse(envelope.body().toArray()),
        HeaderCodec.authorisations(envelope.headers().authorisations()),
        HeaderCodec.authentication(envelope.headers().authentication()),
        HeaderCodec.claims(envelope.headers().claims()));
  }

  private static Optional<ClientEnvelope> envelope(RequestRecordCodec.Value value) {
    return value instanceof RequestRecordCodec.Client client
        ? Optional.of(client.envelope())
        : Optional.empty();
  }
}
