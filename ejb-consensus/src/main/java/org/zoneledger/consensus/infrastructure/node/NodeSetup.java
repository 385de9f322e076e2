package org.zoneledger.consensus.infrastructure.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;
import org.zoneledger.consensus.domain.drme.DrmeNode;
import org.zoneledger.consensus.domain.drme.NodeCrypto;
import org.zoneledger.consensus.domain.drme.ProtocolNodeCrypto;
import org.zoneledger.consensus.domain.drme.ProtocolZoneVerifier;
import org.zoneledger.consensus.domain.drme.RequestSource;
import org.zoneledger.consensus.domain.drme.RoundSchedule;
import org.zoneledger.consensus.domain.drme.ZoneVerifier;
import org.zoneledger.consensus.domain.ledger.DefaultLedgerRules;
import org.zoneledger.consensus.infrastructure.kafka.TopicNames;
import org.zoneledger.protocol.crypto.SignatureAlgorithm;
import org.zoneledger.protocol.crypto.Signatures;
import org.zoneledger.protocol.error.ProtocolException;
import org.zoneledger.protocol.message.NodeId;
import org.zoneledger.protocol.proof.NodeSigner;
import org.zoneledger.protocol.zone.InvalidZoneDescriptorException;
import org.zoneledger.protocol.zone.ZoneDescriptor;
import org.zoneledger.protocol.zone.ZoneDescriptorJson;
import org.zoneledger.protocol.zone.ZoneMembership;

/**
 * A node's configuration loaded and checked: the zone descriptor read and valid, this node one of
 * its members, and the private key the one whose public half the descriptor lists for it. Builds
 * the engine's {@link DrmeNode}.
 */
public record NodeSetup(NodeConfig config, ZoneDescriptor zone, NodeSigner signer) {
  private static final byte[] KEY_CHALLENGE =
      "zoneledger node key check".getBytes(StandardCharsets.UTF_8);

  public NodeSetup {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(signer, "signer");
  }

  /**
   * Reads the descriptor and the key that {@code config} names.
   *
   * @throws NodeConfigException saying which file or setting is wrong and why
   */
  public static NodeSetup load(NodeConfig config) {
    ZoneDescriptor zone = descriptor(config.descriptor());
    NodeId self = config.nodeId();
    ZoneMembership membership = zone.membership();
    PublicKey expected =
        membership
            .keyOf(self)
            .orElseThrow(
                () ->
                    new NodeConfigException(
                        "node "
                            + self
                            + " (setting "
                            + NodeConfig.NODE_ID
                            + ") is not a member of zone "
                            + zone.zoneId()
                            + "; its members are "
                            + membership.members()));
    PrivateKey key = privateKey(config.key());
    byte[] signature = Signatures.sign(SignatureAlgorithm.P256_SHA256, key, KEY_CHALLENGE);
    if (!Signatures.verify(SignatureAlgorithm.P256_SHA256, expected, KEY_CHALLENGE, signature)) {
      throw new NodeConfigException(
          "the key in "
              + config.key()
              + " is not "
              + self
              + "'s: it does not match the public key the zone descriptor "
              + config.descriptor()
              + " lists for "
              + self);
    }
    return new NodeSetup(config, zone, new NodeSigner(self, key));
  }

  public NodeId self() {
    return config.nodeId();
  }

  public ZoneMembership membership() {
    return zone.membership();
  }

  public TopicNames topics() {
    return TopicNames.of(zone);
  }

  public RoundSchedule schedule() {
    return new RoundSchedule(zone.parameters().decideTimeout(), config.roundCapFactor());
  }

  public NodeCrypto crypto() {
    return new ProtocolNodeCrypto(signer);
  }

  /**
   * A new verifier of the zone's signatures and proofs, with the zone's keys only (client
   * signatures are the validators' business). Thread-safe, with its own cache: a node builds one
   * and shares it among its consumer threads, so each signature is verified once per node.
   */
  public ZoneVerifier zoneVerifier() {
    return new ProtocolZoneVerifier(membership(), config.verifierCacheSize());
  }

  /** The engine's node: members in descriptor order, the zone's parameters, the ledger rules. */
  public DrmeNode drmeNode(ZoneVerifier verifier, RequestSource requestSource) {
    List<NodeId> members = membership().members();
    return new DrmeNode(
        self(),
        members,
        zone.parameters(),
        schedule(),
        new DefaultLedgerRules(),
        crypto(),
        verifier,
        requestSource,
        config.signing());
  }

  private static ZoneDescriptor descriptor(Path file) {
    try {
      return ZoneDescriptorJson.read(file);
    } catch (NoSuchFileException e) {
      throw new NodeConfigException(
          "the zone descriptor "
              + file
              + " (setting "
              + NodeConfig.DESCRIPTOR
              + ") does not exist; write one with 'zone init'",
          e);
    } catch (IOException e) {
      throw new NodeConfigException("cannot read the zone descriptor " + file + ": " + e, e);
    } catch (InvalidZoneDescriptorException e) {
      throw new NodeConfigException(
          "the zone descriptor " + file + " is not usable: " + String.join("; ", e.problems()), e);
    }
  }

  private static PrivateKey privateKey(Path file) {
    byte[] pkcs8;
    try {
      pkcs8 = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NodeConfigException(
          "the node key "
              + file
              + " does not exist (setting "
              + NodeConfig.KEY
              + ", default <descriptor dir>/keys/<nodeId>.p8)",
          e);
    } catch (IOException e) {
      throw new NodeConfigException("cannot read the node key " + file + ": " + e, e);
    }
    try {
      return Signatures.decodePrivateKey(SignatureAlgorithm.P256_SHA256, pkcs8);
    } catch (ProtocolException e) {
      throw new NodeConfigException(
          "the node key " + file + " is not a DER PKCS#8 P-256 private key", e);
    }
  }
}
