package org.zoneledger.kafka.ra;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zoneledger.kafka.api.KafkaBatch;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.KafkaPollListener;
import org.zoneledger.kafka.api.KafkaRecordListener;
import org.zoneledger.kafka.api.PartitionRef;
import org.zoneledger.kafka.inbound.DeliveryMode;
import org.zoneledger.kafka.inbound.DeliveryTarget;
import org.zoneledger.kafka.inbound.TargetUnavailableException;

/**
 * Delivers through message endpoints: one endpoint per call, always released. If the container says
 * the method's delivery is transacted, the call is wrapped in {@code beforeDelivery} / {@code
 * afterDelivery} (always paired) so that it runs in one container transaction; an exception from
 * the call or from {@code afterDelivery} (e.g. a rollback) marks the delivery failed.
 */
final class EndpointTarget implements DeliveryTarget {

  private static final Method ON_RECORD = method(KafkaRecordListener.class, "onRecord");
  private static final Method ON_BATCH = method(KafkaBatchListener.class, "onBatch");
  private static final Method ON_BATCHES = method(KafkaPollListener.class, "onBatches");
  private static final Method POLL_POSITIONS = method(KafkaPollListener.class, "positions");
  private static final Method RECORD_POSITIONS = method(KafkaRecordListener.class, "positions");
  private static final Method BATCH_POSITIONS = method(KafkaBatchListener.class, "positions");

  private final MessageEndpointFactory factory;
  private final DeliveryMode mode;

  EndpointTarget(MessageEndpointFactory factory, DeliveryMode mode) {
    this.factory = factory;
    this.mode = mode;
  }

  @Override
  public int deliver(KafkaBatch unit) throws Exception {
    if (mode == DeliveryMode.POLL) {
      return deliverAll(List.of(unit))[0];
    }
    if (mode == DeliveryMode.BATCH) {
      return call(ON_BATCH, ep -> ((KafkaBatchListener) ep).onBatch(unit));
    }
    call(ON_RECORD, ep -> run(() -> ((KafkaRecordListener) ep).onRecord(unit.records().get(0))));
    return 1;
  }

  @Override
  public int[] deliverAll(List<KafkaBatch> units) throws Exception {
    if (mode != DeliveryMode.POLL) {
      throw new UnsupportedOperationException("deliveryMode " + mode + " delivers one partition");
    }
    int[] consumed = call(ON_BATCHES, ep -> ((KafkaPollListener) ep).onBatches(units));
    if (consumed == null || consumed.length != units.size()) {
      throw new IllegalStateException(
          "the listener answered "
              + (consumed == null ? "null" : consumed.length + " counts")
              + " for "
              + units.size()
              + " batches");
    }
    return consumed;
  }

  @Override
  public Map<PartitionRef, Long> positions(Set<PartitionRef> assigned) throws Exception {
    return switch (mode) {
      case POLL -> call(POLL_POSITIONS, ep -> ((KafkaPollListener) ep).positions(assigned));
      case BATCH -> call(BATCH_POSITIONS, ep -> ((KafkaBatchListener) ep).positions(assigned));
      case RECORD -> call(RECORD_POSITIONS, ep -> ((KafkaRecordListener) ep).positions(assigned));
    };
  }

  private <T> T call(Method method, Function<MessageEndpoint, T> invocation) throws Exception {
    MessageEndpoint endpoint;
    try {
      endpoint = factory.createEndpoint(null);
    } catch (UnavailableException e) {
      throw new TargetUnavailableException("endpoint unavailable: " + e.getMessage(), e);
    }
    try {
      if (!factory.isDeliveryTransacted(method)) {
        return invocation.apply(endpoint);
      }
      endpoint.beforeDelivery(method);
      T result = null;
      Throwable failure = null;
      try {
        result = invocation.apply(endpoint);
      } catch (Throwable t) {
        failure = t;
      } finally {
        try {
          endpoint.afterDelivery();
        } catch (Throwable t) {
          if (failure == null) {
            failure = t;
          } else {
            failure.addSuppressed(t);
          }
        }
      }
      if (failure instanceof Error error) {
        throw error;
      } else if (failure != null) {
        throw (Exception) failure;
      }
      return result;
    } finally {
      endpoint.release();
    }
  }

  private static Void run(Runnable r) {
    r.run();
    return null;
  }

  private static Method method(Class<?> listener, String name) {
    for (Method m : listener.getMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new IllegalStateException(listener + " has no method " + name);
  }
}
