package org.zoneledger.protocol.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Writes a {@link LedgerRequest} as compact JSON bytes, byte for byte as the chosen SDK would
 * (property order, quantities as strings, optional fields omitted). These are the bytes a client
 * signs.
 */
public final class RequestWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RequestWriter() {}

  public static byte[] write(LedgerRequest request, PropertyOrder order) {
    ObjectNode body = NODES.objectNode();
    if (order == PropertyOrder.JAVA_SDK) {
      body.put("_type", request.type().wireName());
      body.put("requestId", request.requestId());
    }
    fields(request, body);
    if (order == PropertyOrder.TYPESCRIPT_SDK) {
      body.put("requestId", request.requestId());
      body.put("_type", request.type().wireName());
    }
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  private static void fields(LedgerRequest request, ObjectNode body) {
    if (request instanceof IssueIdentity r) {
      identity(body, r.identityId(), r.publicCredentials());
    } else if (request instanceof CreateIdentity r) {
      identity(body, r.identityId(), r.publicCredentials());
    } else if (request instanceof DefineAssetType r) {
      body.put("assetTypeId", r.assetTypeId()).put("type", r.kind().wireName());
      if (r.scale() != null) {
        body.put("scale", r.scale());
      }
    } else if (request instanceof CreateAsset r) {
      body.put("assetId", r.assetId()).put("assetTypeId", r.assetTypeId());
      if (r.quantity() != null) {
        body.put("quantity", r.quantity().toString());
      }
    } else if (request instanceof AddQuantity r) {
      body.put("assetId", r.assetId())
          .put("assetTypeId", r.assetTypeId())
          .put("quantity", r.quantity().toString());
    } else if (request instanceof CreateClaims r) {
      subject(body, r.subject());
      ArrayNode claims = body.putArray("claims");
      r.claims().forEach(claims::add);
    } else if (request instanceof CreateEndorsements r) {
      ObjectNode endorsements = body.putObject("endorsements");
      for (Map.Entry<String, String> e : r.endorsements().entrySet()) {
        endorsements.put(e.getKey(), e.getValue());
      }
      body.put("endorserId", r.endorserId());
      subject(body, r.subject());
    } else if (request instanceof AddDelegate r) {
      body.put("delegateIdentityId", r.delegateIdentityId())
          .put("delegatorIdentityId", r.delegatorIdentityId());
    } else if (request instanceof Transfers r) {
      ArrayNode items = body.putArray("transfers");
      r.transfers().forEach(t -> items.add(transfer(t)));
    } else {
      throw new IllegalArgumentException("Unknown request " + request);
    }
  }

  private static void identity(ObjectNode body, String identityId, PublicCredentials credentials) {
    body.put("identityId", identityId);
    body.putObject("publicCredentials")
        .put("key", credentials.key())
        .put("protocolId", credentials.protocolId());
  }

  private static void subject(ObjectNode body, EntityRef subject) {
    body.put("subjectId", subject.id());
    if (subject.typeId() != null) {
      body.put("subjectTypeId", subject.typeId());
    }
  }

  private static ObjectNode transfer(Transfer transfer) {
    if (transfer instanceof Transfer.Ownership o) {
      return NODES
          .objectNode()
          .put("assetTypeId", o.assetTypeId())
          .put("assetId", o.assetId())
          .put("fromIdentityId", o.fromIdentityId())
          .put("toIdentityId", o.toIdentityId());
    }
    Transfer.Quantity q = (Transfer.Quantity) transfer;
    return NODES
        .objectNode()
        .put("assetTypeId", q.assetTypeId())
        .put("fromAssetId", q.fromAssetId())
        .put("toAssetId", q.toAssetId())
        .put("quantity", q.quantity().toString());
  }
}
