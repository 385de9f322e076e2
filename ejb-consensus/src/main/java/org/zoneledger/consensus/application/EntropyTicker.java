package org.zoneledger.consensus.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zoneledger.consensus.infrastructure.cluster.NodeCluster;
import org.zoneledger.consensus.infrastructure.kafka.TargetedRecord;
import org.zoneledger.consensus.infrastructure.node.NodeSetup;
import org.zoneledger.kafka.api.OutgoingRecord;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.Entropy;
import org.zoneledger.protocol.message.NodeSignature;

/**
 * The node's DRME clock (phases 2 and 9): at the zone's entropy beat, a signed {@link Entropy} to
 * every {@code requests} partition; every second, the round time-outs in their own transaction.
 *
 * <p>One per node: every instance ticks, but only the node cluster's leader (its oldest member,
 * {@link NodeCluster#isLeader}) publishes and scans; when the leader dies, the next oldest takes
 * over at its next beat. A second publisher for a moment (a split cluster) is harmless: the beacon
 * folds whatever entropy is in the log, and the database serialises the time-outs.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EntropyTicker {

  private static final Logger LOG = Logger.getLogger(EntropyTicker.class.getName());

  @EJB private NodeContext node;
  @EJB private DrmeService service;
  @EJB private NodeCluster cluster;

  private final SecureRandom random = new SecureRandom();
  private long lastSequence;
  private long lastBeat;
  private int partitions;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void beat() {
    if (!node.enabled() || !cluster.isLeader()) {
      return;
    }
    long now = System.currentTimeMillis();
    try {
      if (now - lastBeat >= node.setup().zone().parameters().entropyBeat().toMillis() - 50) {
        lastBeat = now;
        publishEntropy();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "DRME entropy not published: " + e, e);
    }
    try {
      service.tick(now);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "DRME round time-outs failed: " + e, e);
    }
  }

  private void publishEntropy() {
    NodeSetup setup = node.setup();
    if (partitions == 0) {
      partitions = service.partitionCount(setup.topics().requests());
    }
    List<OutgoingRecord> records = new ArrayList<>(partitions);
    for (int p = 0; p < partitions; p++) {
      byte[] bytes = new byte[Entropy.RANDOM_LENGTH];
      random.nextBytes(bytes);
      lastSequence = Math.max(lastSequence + 1, System.currentTimeMillis());
      Entropy unsigned =
          new Entropy(setup.self(), p, lastSequence, Bytes.of(bytes), NodeSignature.unsigned());
      Entropy signed = unsigned.withSignature(setup.crypto().sign(unsigned.signingBytes()));
      TargetedRecord record = node.mapper().entropy(signed);
      records.add(
          OutgoingRecord.toPartition(
              record.topic(), record.partition(), record.key(), record.value()));
    }
    service.send(records);
  }
}
