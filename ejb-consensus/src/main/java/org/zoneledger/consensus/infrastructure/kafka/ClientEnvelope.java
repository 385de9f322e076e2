package org.zoneledger.consensus.infrastructure.kafka;

import java.util.Objects;
import org.zoneledger.protocol.auth.Iov42Headers;
import org.zoneledger.protocol.auth.VerificationMode;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.message.RequestId;

/**
 * A client PUT exactly as one node's API received it, the value of a {@code requests} record: the
 * path's requestId, the raw body bytes (signatures are over them, never re-serialised), the three
 * {@code X-IOV42-*} header values as received ({@code claims} may be null), the verification mode
 * of the path it came in on, the receiving node and its receive time (epoch ms, informational:
 * decisions use the log timestamp). Every node verifies the signatures again when it reads it.
 */
public record ClientEnvelope(
    RequestId requestId,
    Bytes body,
    Iov42Headers headers,
    VerificationMode mode,
    NodeId receivedBy,
    long receivedAt) {
  public ClientEnvelope {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(headers.authorisations(), "the authorisations header");
    Objects.requireNonNull(headers.authentication(), "the authentication header");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(receivedBy, "receivedBy");
  }
}
