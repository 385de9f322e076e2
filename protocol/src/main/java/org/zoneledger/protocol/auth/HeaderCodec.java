package org.zoneledger.protocol.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.protocol.crypto.Base64Url;
import org.zoneledger.protocol.error.ErrorCode;
import org.zoneledger.protocol.error.ProtocolException;

/**
 * Reads and writes the {@code X-IOV42-*} header values: base64url (padded or not) of UTF-8 JSON
 * (spec §3.2, §3.3, §3.5). Every malformed value is a {@link ErrorCode#MALFORMED_HEADER} naming the
 * header.
 */
public final class HeaderCodec {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private HeaderCodec() {}

  /** The signature objects of {@code X-IOV42-Authorisations}, in header order (at least one). */
  public static List<SignatureEntry> authorisations(String value) {
    JsonNode tree = decode(Iov42Headers.AUTHORISATIONS, value);
    if (!tree.isArray() || tree.isEmpty()) {
      throw malformed(Iov42Headers.AUTHORISATIONS, "must be a non-empty JSON array");
    }
    List<SignatureEntry> entries = new ArrayList<>();
    for (JsonNode element : tree) {
      entries.add(entry(Iov42Headers.AUTHORISATIONS, element));
    }
    return List.copyOf(entries);
  }

  /** The single signature object of {@code X-IOV42-Authentication}. */
  public static SignatureEntry authentication(String value) {
    return entry(Iov42Headers.AUTHENTICATION, decode(Iov42Headers.AUTHENTICATION, value));
  }

  /** The map claim hash → plaintext of {@code X-IOV42-Claims}; empty when the header is absent. */
  public static Map<String, String> claims(String value) {
    if (value == null) {
      return Map.of();
    }
    JsonNode tree = decode(Iov42Headers.CLAIMS, value);
    if (!tree.isObject()) {
      throw malformed(Iov42Headers.CLAIMS, "must be a JSON object of claim hash to plaintext");
    }
    Map<String, String> claims = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : tree.properties()) {
      if (!e.getValue().isTextual()) {
        throw malformed(Iov42Headers.CLAIMS, "must map each claim hash to a plaintext string");
      }
      claims.put(e.getKey(), e.getValue().textValue());
    }
    return Collections.unmodifiableMap(claims);
  }

  public static String encodeAuthorisations(List<SignatureEntry> entries) {
    ArrayNode array = MAPPER.createArrayNode();
    entries.forEach(e -> array.add(toJson(e)));
    return encode(array);
  }

  public static String encodeAuthentication(SignatureEntry entry) {
    return encode(toJson(entry));
  }

  public static String encodeClaims(Map<String, String> plaintextByHash) {
    ObjectNode object = MAPPER.createObjectNode();
    plaintextByHash.forEach(object::put);
    return encode(object);
  }

  private static ObjectNode toJson(SignatureEntry entry) {
    ObjectNode node =
        MAPPER
            .createObjectNode()
            .put("identityId", entry.identityId())
            .put("protocolId", entry.protocolId())
            .put("signature", entry.signature());
    if (entry.isDelegated()) {
      node.put("delegateIdentityId", entry.delegateIdentityId());
    }
    return node;
  }

  private static String encode(JsonNode node) {
    try {
      return Base64Url.encode(MAPPER.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree always serialises", e);
    }
  }

  private static SignatureEntry entry(String header, JsonNode node) {
    if (!node.isObject()) {
      throw malformed(header, "must hold signature objects");
    }
    return new SignatureEntry(
        text(header, node, "identityId", true),
        text(header, node, "protocolId", true),
        text(header, node, "signature", true),
        text(header, node, "delegateIdentityId", false));
  }

  private static String text(String header, JsonNode node, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw malformed(header, "has a signature object without '" + field + "'");
      }
      return null;
    }
    if (!value.isTextual() || value.textValue().isEmpty()) {
      throw malformed(header, "has a signature object whose '" + field + "' is not a string");
    }
    return value.textValue();
  }

  private static JsonNode decode(String header, String value) {
    if (value == null || value.isEmpty()) {
      throw malformed(header, "is missing");
    }
    byte[] json;
    try {
      json = Base64Url.decode(value.trim());
    } catch (ProtocolException e) {
      throw malformed(header, "is not base64url");
    }
    try {
      JsonNode tree = MAPPER.readTree(new String(json, UTF_8));
      if (tree == null) {
        throw malformed(header, "is empty");
      }
      return tree;
    } catch (IOException e) {
      throw malformed(header, "is not base64url-encoded JSON");
    }
  }

  private static ProtocolException malformed(String header, String problem) {
    return new ProtocolException(ErrorCode.MALFORMED_HEADER, "Header " + header + " " + problem);
  }
}
