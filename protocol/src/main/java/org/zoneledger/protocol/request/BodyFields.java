package org.zoneledger.protocol.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * Typed reads of the fields of one JSON object, with errors naming the field and the context. A
 * JSON {@code null} counts as absent (spec §1.3).
 */
final class BodyFields {
  private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,77}");

  private final ObjectNode node;
  private final String context;

  BodyFields(JsonNode node, String context) {
    if (!(node instanceof ObjectNode object)) {
      throw invalid(context + " must be a JSON object");
    }
    this.node = object;
    this.context = context;
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  String string(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw invalid(context + " lacks the required field '" + field + "'");
    }
    if (!value.isTextual()) {
      throw invalid("'" + field + "' of " + context + " must be a JSON string");
    }
    return value.textValue();
  }

  String optionalString(String field) {
    return has(field) ? string(field) : null;
  }

  String id(String field) {
    return Ids.require(field, string(field));
  }

  /** A decimal integer in a JSON string; {@code positive} rejects zero. */
  BigInteger quantity(String field, boolean positive) {
    String text = string(field);
    if (!DECIMAL.matcher(text).matches()) {
      throw invalid(
          "'"
              + field
              + "' of "
              + context
              + " must be a string of decimal digits, was '"
              + text
              + "'");
    }
    BigInteger quantity = new BigInteger(text);
    if (positive && quantity.signum() == 0) {
      throw invalid("'" + field + "' of " + context + " must be greater than 0");
    }
    return quantity;
  }

  int smallInteger(String field, int max) {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw invalid("'" + field + "' of " + context + " must be an integer");
    }
    int number = value.intValue();
    if (number < 0 || number > max) {
      throw invalid("'" + field + "' of " + context + " must be between 0 and " + max);
    }
    return number;
  }

  List<String> claimHashes(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray() || value.isEmpty()) {
      throw invalid("'" + field + "' of " + context + " must be a non-empty array of claim hashes");
    }
    List<String> hashes = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw invalid("'" + field + "' of " + context + " must contain strings only");
      }
      hashes.add(ClaimHash.require(element.textValue()));
    }
    return hashes;
  }

  /** A JSON object of claim hash to string, keeping key order. */
  Map<String, String> hashToString(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject() || value.isEmpty()) {
      throw invalid("'" + field + "' of " + context + " must be a non-empty JSON object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (!entry.getValue().isTextual()) {
        throw invalid("values of '" + field + "' in " + context + " must be strings");
      }
      map.put(ClaimHash.require(entry.getKey()), entry.getValue().textValue());
    }
    return map;
  }

  JsonNode node(String field) {
    return node.get(field);
  }

  BodyFields object(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw invalid(context + " lacks the required field '" + field + "'");
    }
    return new BodyFields(value, "'" + field + "' of " + context);
  }

  static ProtocolException invalid(String message) {
    return new ProtocolException(ErrorCode.INVALID_FIELD, message);
  }
}
