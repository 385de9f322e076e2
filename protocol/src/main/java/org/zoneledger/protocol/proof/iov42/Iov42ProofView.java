package org.zoneledger.protocol.proof.iov42;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON body of {@code GET /api/v1/proofs/{requestId}} (spec §7); Jackson writes it as is.
 * Absent {@code payload} and {@code id} values are omitted, as the SDKs expect.
 */
public record Iov42ProofView(
    String requestId,
    Graph proof,
    List<Signatory> signatories,
    List<ParentFingerprint> parentFingerprints) {

  /** {@code {nodes:[…]}}. */
  public record Graph(List<Node> nodes) {}

  /** A graph node: {@code {id:{_type,id}, payload?, links:[…]}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Node(Ref id, String payload, List<Link> links) {}

  /** A node id or link target: {@code {_type, id?}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Ref(@JsonProperty("_type") String type, String id) {}

  /** {@code {target, seals:[…]}}. */
  public record Link(Ref target, List<Seal> seals) {}

  /** {@code {identityId, protocolId, signature}}, the signature base64url. */
  public record Seal(String identityId, String protocolId, String signature) {}

  /** {@code {identity, credentials:{key, protocolId}}} — the field is {@code identity}. */
  public record Signatory(String identity, Credentials credentials) {}

  /** {@code {key, protocolId}}. */
  public record Credentials(String key, String protocolId) {}

  /** {@code {requestId, seal}} for an earlier request whose state this one consumed. */
  public record ParentFingerprint(String requestId, Seal seal) {}
}
