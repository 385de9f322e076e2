package org.zoneledger.protocol.zone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.zoneledger.protocol.message.NodeId;

/**
 * The JSON form of a {@link ZoneDescriptor}:
 *
 * <pre>
 * {"formatVersion":1, "zoneId":"local", "topicsPrefix":"zone.local",
 *  "nodes":[{"id":"node1", "publicKey":"MFkw…", "apiUrl":"http://127.0.0.1:8080"}, …],
 *  "parameters":{"decideTimeoutMillis":3000, "entropyBeatMillis":1000,
 *                "queueBound":1000, "queueMaxAgeMillis":30000}}
 * </pre>
 *
 * {@code topicsPrefix} defaults to {@code zone.<zoneId>}, {@code parameters} and each of its keys
 * to {@link ProtocolParameters#DEFAULTS}. Reading validates and reports every problem at once.
 */
public final class ZoneDescriptorJson {
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ZoneDescriptorJson() {}

  public static ZoneDescriptor read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static void write(ZoneDescriptor descriptor, Path file) throws IOException {
    Files.writeString(file, format(descriptor), StandardCharsets.UTF_8);
  }

  /** Parses and validates descriptor JSON. */
  public static ZoneDescriptor parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidZoneDescriptorException(List.of("not JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidZoneDescriptorException(List.of("the descriptor must be a JSON object"));
    }
    int version = root.path("formatVersion").asInt(FORMAT_VERSION);
    if (version != FORMAT_VERSION) {
      throw new InvalidZoneDescriptorException(
          List.of(
              "formatVersion " + version + " is not supported (expected " + FORMAT_VERSION + ")"));
    }
    try {
      String zoneId = text(root, "zoneId");
      String prefix = root.hasNonNull("topicsPrefix") ? text(root, "topicsPrefix") : null;
      List<String> problems = new ArrayList<>();
      List<ZoneNode> nodes = nodes(root.path("nodes"), problems);
      if (!problems.isEmpty()) {
        throw new InvalidZoneDescriptorException(problems);
      }
      return new ZoneDescriptor(
              zoneId,
              nodes,
              prefix != null ? prefix : ZoneDescriptor.defaultTopicsPrefix(zoneId),
              parameters(root.path("parameters")))
          .validated();
    } catch (IllegalArgumentException e) {
      throw new InvalidZoneDescriptorException(List.of(e.getMessage()));
    }
  }

  /** Pretty-printed JSON, keys in the order shown above. */
  public static String format(ZoneDescriptor descriptor) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("zoneId", descriptor.zoneId());
    root.put("topicsPrefix", descriptor.topicsPrefix());
    ArrayNode nodes = root.putArray("nodes");
    for (ZoneNode node : descriptor.nodes()) {
      nodes
          .addObject()
          .put("id", node.id().value())
          .put("publicKey", node.publicKey())
          .put("apiUrl", node.apiUrl());
    }
    ProtocolParameters p = descriptor.parameters();
    root.putObject("parameters")
        .put("decideTimeoutMillis", p.decideTimeout().toMillis())
        .put("entropyBeatMillis", p.entropyBeat().toMillis())
        .put("queueBound", p.queueBound())
        .put("queueMaxAgeMillis", p.queueMaxAge().toMillis());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  private static List<ZoneNode> nodes(JsonNode array, List<String> problems) {
    List<ZoneNode> nodes = new ArrayList<>();
    if (!array.isArray()) {
      problems.add("nodes must be an array");
      return nodes;
    }
    for (JsonNode node : array) {
      try {
        nodes.add(
            new ZoneNode(
                new NodeId(text(node, "id")), text(node, "publicKey"), text(node, "apiUrl")));
      } catch (IllegalArgumentException e) {
        problems.add("node " + node.path("id").asText("?") + ": " + e.getMessage());
      }
    }
    return nodes;
  }

  private static ProtocolParameters parameters(JsonNode node) {
    ProtocolParameters d = ProtocolParameters.DEFAULTS;
    return new ProtocolParameters(
        millis(node, "decideTimeoutMillis", d.decideTimeout()),
        millis(node, "entropyBeatMillis", d.entropyBeat()),
        (int) number(node, "queueBound", d.queueBound()),
        millis(node, "queueMaxAgeMillis", d.queueMaxAge()));
  }

  private static Duration millis(JsonNode node, String field, Duration fallback) {
    return Duration.ofMillis(number(node, field, fallback.toMillis()));
  }

  private static long number(JsonNode node, String field, long fallback) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt()) {
      throw new IllegalArgumentException(
          "parameters." + field + " must be an integer, is " + value);
    }
    return value.asLong();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asText();
  }
}
