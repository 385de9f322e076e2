package org.zoneledger.consensus.infrastructure.node;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.zoneledger.consensus.config.Settings;
import org.zoneledger.consensus.domain.drme.DrmeNode.SigningMode;
import org.zoneledger.consensus.domain.drme.RoundSchedule;
import org.zoneledger.protocol.message.NodeId;

/**
 * A node's configuration, each key next to its default; read through {@link Settings} (system
 * property, then environment variable: {@code zoneledger.node.id} or {@code ZONELEDGER_NODE_ID}).
 *
 * @param nodeId which member of the zone this node is ({@value #NODE_ID}, required)
 * @param descriptor the zone descriptor {@code zone.json} ({@value #DESCRIPTOR}, required)
 * @param key the node's DER PKCS#8 P-256 private key ({@value #KEY}, default {@code <descriptor
 *     dir>/keys/<nodeId>.p8}, where {@code zone init} writes it)
 * @param signing {@code direct} or {@code batch}: one signature per message, or one per batch over
 *     a Merkle root ({@value #SIGNING}, default {@value #DEFAULT_SIGNING})
 * @param roundCapFactor the round time-out grows to at most this many decide time-outs ({@value
 *     #ROUND_CAP_FACTOR}, default {@link RoundSchedule#DEFAULT_CAP_FACTOR})
 * @param verifierCacheSize verified node signatures and proofs kept ({@value #VERIFIER_CACHE},
 *     default {@value #DEFAULT_VERIFIER_CACHE})
 */
public record NodeConfig(
    NodeId nodeId,
    Path descriptor,
    Path key,
    SigningMode signing,
    int roundCapFactor,
    int verifierCacheSize) {
  public static final String NODE_ID = "zoneledger.node.id";
  public static final String DESCRIPTOR = "zoneledger.zone.descriptor";
  public static final String KEY = "zoneledger.node.key";
  public static final String SIGNING = "zoneledger.node.signing";
  public static final String DEFAULT_SIGNING = "batch";
  public static final String ROUND_CAP_FACTOR = "zoneledger.node.round-cap-factor";
  public static final String VERIFIER_CACHE = "zoneledger.node.verifier-cache";
  public static final int DEFAULT_VERIFIER_CACHE = 100_000;

  public NodeConfig {
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(signing, "signing");
    if (roundCapFactor < 1) {
      throw new NodeConfigException(ROUND_CAP_FACTOR + " must be at least 1, is " + roundCapFactor);
    }
    if (verifierCacheSize < 1) {
      throw new NodeConfigException(
          VERIFIER_CACHE + " must be at least 1, is " + verifierCacheSize);
    }
  }

  /** The configuration from system properties and environment variables. */
  public static NodeConfig fromSettings() {
    return from(Settings::lookup);
  }

  /** The configuration from {@code settings} (key to value); blank values count as absent. */
  public static NodeConfig from(Function<String, Optional<String>> settings) {
    Function<String, Optional<String>> lookup =
        key -> settings.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    NodeId nodeId = nodeId(required(lookup, NODE_ID));
    Path descriptor = path(DESCRIPTOR, required(lookup, DESCRIPTOR));
    Path key =
        lookup
            .apply(KEY)
            .map(value -> path(KEY, value))
            .orElseGet(() -> defaultKey(descriptor, nodeId));
    return new NodeConfig(
        nodeId,
        descriptor,
        key,
        signing(lookup.apply(SIGNING).orElse(DEFAULT_SIGNING)),
        integer(lookup, ROUND_CAP_FACTOR, RoundSchedule.DEFAULT_CAP_FACTOR),
        integer(lookup, VERIFIER_CACHE, DEFAULT_VERIFIER_CACHE));
  }

  /** Where {@code zone init} writes a node's key: {@code <descriptor dir>/keys/<nodeId>.p8}. */
  public static Path defaultKey(Path descriptor, NodeId nodeId) {
    Path dir = descriptor.toAbsolutePath().getParent();
    return dir.resolve("keys").resolve(nodeId.value() + ".p8");
  }

  private static String required(Function<String, Optional<String>> lookup, String key) {
    return lookup
        .apply(key)
        .orElseThrow(
            () ->
                new NodeConfigException(
                    "setting "
                        + key
                        + " (environment variable "
                        + key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)
                        + ") is required"));
  }

  private static NodeId nodeId(String value) {
    try {
      return new NodeId(value);
    } catch (IllegalArgumentException e) {
      throw new NodeConfigException(
          NODE_ID + " '" + value + "' is not a node id: " + e.getMessage());
    }
  }

  private static Path path(String key, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new NodeConfigException(key + " '" + value + "' is not a path: " + e.getMessage(), e);
    }
  }

  private static SigningMode signing(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "direct" -> SigningMode.DIRECT;
      case "batch" -> SigningMode.BATCH;
      default ->
          throw new NodeConfigException(
              SIGNING + " must be 'direct' or 'batch', is '" + value + "'");
    };
  }

  private static int integer(Function<String, Optional<String>> lookup, String key, int fallback) {
    Optional<String> value = lookup.apply(key);
    try {
      return value.map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new NodeConfigException(key + " must be a whole number, is '" + value.get() + "'");
    }
  }
}
