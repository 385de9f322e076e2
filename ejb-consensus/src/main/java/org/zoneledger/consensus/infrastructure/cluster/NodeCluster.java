package org.zoneledger.consensus.infrastructure.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This instance's view of its node's Hazelcast cluster (Payara's own, JNDI {@value #JNDI}; each
 * node of a zone is a cluster of its own). The <em>leader</em> is the cluster's oldest member: it
 * alone publishes the node's entropy and runs the round time-outs, and when it dies the next oldest
 * takes over at its next beat. {@link #announceApplied} tells every instance of the node (this one
 * included) which requests an instance has just applied. Without Hazelcast (a server that has none)
 * this instance is the leader and announcements stay in the process.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeCluster {

  static final String JNDI = "payara/Hazelcast";
  static final String APPLIED_TOPIC = "zoneledger.applied";

  private static final Logger LOG = Logger.getLogger(NodeCluster.class.getName());

  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private volatile HazelcastInstance hazelcast;
  private volatile ITopic<String> applied;
  private volatile UUID registration;

  @PostConstruct
  void join() {
    try {
      Object found = new InitialContext().lookup(JNDI);
      if (found instanceof HazelcastInstance instance) {
        hazelcast = instance;
        applied = instance.getTopic(APPLIED_TOPIC);
        registration = applied.addMessageListener(message -> deliver(message.getMessageObject()));
        LOG.info(() -> "node cluster: member " + instance.getCluster().getLocalMember());
        return;
      }
      LOG.warning(JNDI + " is no HazelcastInstance (" + found + "): this instance works alone");
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "no Hazelcast at " + JNDI + ": this instance works alone", e);
    }
  }

  @PreDestroy
  void leave() {
    ITopic<String> topic = applied;
    UUID id = registration;
    if (topic != null && id != null) {
      try {
        topic.removeMessageListener(id);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "listener not removed", e);
      }
    }
  }

  /** True when this instance is the oldest member of its node's cluster (or works alone). */
  public boolean isLeader() {
    HazelcastInstance instance = hazelcast;
    if (instance == null) {
      return true;
    }
    try {
      Iterator<Member> members = instance.getCluster().getMembers().iterator();
      return !members.hasNext() || members.next().localMember();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cluster membership unknown; acting as leader", e);
      return true;
    }
  }

  /** The cluster's members as {@code host:port}, oldest first (this instance alone: empty). */
  public List<String> members() {
    HazelcastInstance instance = hazelcast;
    if (instance == null) {
      return List.of();
    }
    return instance.getCluster().getMembers().stream()
        .map(m -> m.getAddress().getHost() + ":" + m.getAddress().getPort())
        .toList();
  }

  /** Tells every instance of the node that these requests were just applied here. */
  public void announceApplied(Collection<String> requestIds) {
    if (requestIds.isEmpty()) {
      return;
    }
    String message = String.join("\n", requestIds);
    ITopic<String> topic = applied;
    if (topic == null) {
      deliver(message);
      return;
    }
    try {
      topic.publish(message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "announcement not published; delivered here only", e);
      deliver(message);
    }
  }

  /** {@code listener} gets every requestId announced by any instance of the node. */
  public void onApplied(Consumer<String> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<String> listener) {
    listeners.remove(listener);
  }

  private void deliver(String message) {
    for (String id : message.split("\n")) {
      for (Consumer<String> listener : listeners) {
        try {
          listener.accept(id);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "applied-request listener failed for " + id, e);
        }
      }
    }
  }
}
