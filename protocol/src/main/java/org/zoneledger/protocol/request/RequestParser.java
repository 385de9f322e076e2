package org.zoneledger.protocol.request;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * Parses a command body once from its raw bytes (spec §4.2). Property order does not matter,
 * unknown properties are ignored, {@code null} counts as absent; duplicate keys and trailing
 * content are rejected (a signed body must mean one thing). Thread-safe.
 */
public final class RequestParser {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private RequestParser() {}

  /**
   * Parses {@code body}.
   *
   * @throws ProtocolException with {@link ErrorCode#MALFORMED_BODY}, {@link
   *     ErrorCode#UNKNOWN_REQUEST_TYPE}, {@link ErrorCode#INVALID_ID} or {@link
   *     ErrorCode#INVALID_FIELD}
   */
  public static ParsedRequest parse(byte[] body) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new ProtocolException(
          ErrorCode.MALFORMED_BODY,
          "The request body is not valid JSON: " + e.getOriginalMessage(),
          e);
    } catch (java.io.IOException e) {
      throw new ProtocolException(ErrorCode.MALFORMED_BODY, "The request body cannot be read", e);
    }
    if (tree == null || !tree.isObject()) {
      throw new ProtocolException(
          ErrorCode.MALFORMED_BODY, "The request body must be a JSON object");
    }
    BodyFields fields = new BodyFields(tree, "the request body");
    RequestType type = RequestType.fromWireName(fields.string("_type"));
    fields = new BodyFields(tree, type.wireName());
    String requestId = fields.id("requestId");
    JsonNode permissions = fields.node("permissions");
    String permissionsJson =
        permissions == null || permissions.isNull() ? null : permissions.toString();
    return new ParsedRequest(body.clone(), read(type, requestId, fields), permissionsJson);
  }

  private static LedgerRequest read(RequestType type, String requestId, BodyFields f) {
    return switch (type) {
      case ISSUE_IDENTITY -> new IssueIdentity(requestId, f.id("identityId"), credentials(f));
      case CREATE_IDENTITY -> new CreateIdentity(requestId, f.id("identityId"), credentials(f));
      case DEFINE_ASSET_TYPE -> defineAssetType(requestId, f);
      case CREATE_ASSET ->
          new CreateAsset(
              requestId,
              f.id("assetId"),
              f.id("assetTypeId"),
              f.has("quantity") ? f.quantity("quantity", false) : null);
      case ADD_QUANTITY ->
          new AddQuantity(
              requestId, f.id("assetId"), f.id("assetTypeId"), f.quantity("quantity", true));
      case CREATE_IDENTITY_CLAIMS, CREATE_ASSET_TYPE_CLAIMS, CREATE_ASSET_CLAIMS ->
          new CreateClaims(requestId, subject(type, f), f.claimHashes("claims"));
      case CREATE_IDENTITY_ENDORSEMENTS,
          CREATE_ASSET_TYPE_ENDORSEMENTS,
          CREATE_ASSET_ENDORSEMENTS ->
          new CreateEndorsements(
              requestId, subject(type, f), f.id("endorserId"), f.hashToString("endorsements"));
      case ADD_DELEGATE ->
          new AddDelegate(requestId, f.id("delegateIdentityId"), f.id("delegatorIdentityId"));
      case TRANSFERS -> new Transfers(requestId, transfers(f));
    };
  }

  private static PublicCredentials credentials(BodyFields f) {
    BodyFields credentials = f.object("publicCredentials");
    return new PublicCredentials(credentials.string("key"), credentials.string("protocolId"));
  }

  private static DefineAssetType defineAssetType(String requestId, BodyFields f) {
    AssetKind kind = AssetKind.fromWireName(f.string("type"));
    Integer scale = null;
    if (kind == AssetKind.QUANTIFIABLE) {
      scale = f.has("scale") ? f.smallInteger("scale", 38) : 0;
    } else if (f.has("scale")) {
      throw BodyFields.invalid("'scale' is only allowed for Quantifiable asset types");
    }
    return new DefineAssetType(requestId, f.id("assetTypeId"), kind, scale);
  }

  private static EntityRef subject(RequestType type, BodyFields f) {
    String subjectId = f.id("subjectId");
    return switch (type.subjectKind().orElseThrow()) {
      case IDENTITY -> EntityRef.identity(subjectId);
      case ASSET_TYPE -> EntityRef.assetType(subjectId);
      case ASSET -> EntityRef.asset(f.id("subjectTypeId"), subjectId);
    };
  }

  private static List<Transfer> transfers(BodyFields f) {
    JsonNode array = f.node("transfers");
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw BodyFields.invalid("'transfers' must be a non-empty array");
    }
    List<Transfer> transfers = new ArrayList<>();
    for (JsonNode element : array) {
      BodyFields item = new BodyFields(element, "transfer item " + (transfers.size() + 1));
      transfers.add(transfer(item));
    }
    return transfers;
  }

  private static Transfer transfer(BodyFields item) {
    if (item.has("fromIdentityId") || item.has("toIdentityId") || item.has("assetId")) {
      return new Transfer.Ownership(
          item.id("assetTypeId"),
          item.id("assetId"),
          item.id("fromIdentityId"),
          item.id("toIdentityId"));
    }
    return new Transfer.Quantity(
        item.id("assetTypeId"),
        item.id("fromAssetId"),
        item.id("toAssetId"),
        item.quantity("quantity", true));
  }
}
