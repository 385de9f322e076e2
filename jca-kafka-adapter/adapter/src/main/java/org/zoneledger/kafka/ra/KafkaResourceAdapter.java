package org.zoneledger.kafka.ra;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.KafkaPollListener;
import org.zoneledger.kafka.api.KafkaRecordListener;
import org.zoneledger.kafka.inbound.ConsumerSettings;
import org.zoneledger.kafka.inbound.DeliveryMode;

/**
 * The resource adapter: activates and deactivates endpoints, and closes the outbound producers when
 * it stops. An invalid activation fails {@link #endpointActivation} with the validation message,
 * even if the container did not call {@code validate()}.
 */
@Connector(
    displayName = "Zone ledger Kafka resource adapter",
    vendorName = "org.zoneledger",
    eisType = "Apache Kafka",
    version = "0.1",
    transactionSupport = TransactionSupportLevel.NoTransaction)
public class KafkaResourceAdapter implements ResourceAdapter, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(KafkaResourceAdapter.class.getName());
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private transient WorkManager workManager;
  private final transient Map<ActivationKey, InboundActivation> activations =
      new ConcurrentHashMap<>();
  private final transient Set<AutoCloseable> closeOnStop = ConcurrentHashMap.newKeySet();

  private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {}

  @Override
  public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
    workManager = ctx.getWorkManager();
    LOG.info("Kafka resource adapter started");
  }

  @Override
  public void stop() {
    activations.values().forEach(a -> a.stop(STOP_TIMEOUT));
    activations.clear();
    for (AutoCloseable c : closeOnStop) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warning("Closing " + c + " failed: " + e);
      }
    }
    closeOnStop.clear();
    LOG.info("Kafka resource adapter stopped");
  }

  @Override
  public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec)
      throws ResourceException {
    if (!(spec instanceof KafkaActivationSpec kafkaSpec)) {
      throw new NotSupportedException("Not a KafkaActivationSpec: " + spec);
    }
    boolean enabled;
    try {
      enabled = kafkaSpec.isEnabled();
    } catch (ResourceException e) {
      LOG.severe("Invalid Kafka activation " + kafkaSpec + ": " + e.getMessage());
      throw e;
    }
    if (!enabled) {
      LOG.info(
          "Kafka activation of "
              + endpointName(factory)
              + " is disabled (enabled=false): no consumer started");
      return;
    }
    ConsumerSettings settings;
    try {
      settings = kafkaSpec.settings(listenerMode(factory));
    } catch (ResourceException e) {
      LOG.severe("Invalid Kafka activation " + kafkaSpec + ": " + e.getMessage());
      throw e;
    }
    InboundActivation activation = new InboundActivation(factory, settings);
    activations.put(new ActivationKey(factory, spec), activation);
    try {
      activation.start(workManager);
    } catch (WorkException e) {
      activations.remove(new ActivationKey(factory, spec));
      activation.stop(STOP_TIMEOUT);
      throw new ResourceAdapterInternalException("Could not start consumer: " + e.getMessage(), e);
    }
  }

  @Override
  public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
    InboundActivation activation = activations.remove(new ActivationKey(factory, spec));
    if (activation != null) {
      activation.stop(STOP_TIMEOUT);
    }
  }

  /** Registers an outbound resource (a shared producer) to close when the adapter stops. */
  public void closeOnStop(AutoCloseable resource) {
    closeOnStop.add(resource);
  }

  @Override
  public XAResource[] getXAResources(ActivationSpec[] specs) {
    return new XAResource[0];
  }

  /**
   * Identity: the adapter has no configuration properties, and each instance owns its own
   * activations. Declared because JCA requires the adapter bean to define equals/hashCode.
   */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  private static String endpointName(MessageEndpointFactory factory) {
    try {
      Class<?> endpoint = factory.getEndpointClass();
      return endpoint == null ? String.valueOf(factory) : endpoint.getName();
    } catch (RuntimeException | AbstractMethodError e) {
      return String.valueOf(factory);
    }
  }

  static Optional<DeliveryMode> listenerMode(MessageEndpointFactory factory) {
    Class<?> endpoint;
    try {
      endpoint = factory.getEndpointClass();
    } catch (RuntimeException | AbstractMethodError e) {
      return Optional.empty();
    }
    if (endpoint == null) {
      return Optional.empty();
    }
    List<DeliveryMode> modes = new ArrayList<>();
    if (KafkaBatchListener.class.isAssignableFrom(endpoint)) {
      modes.add(DeliveryMode.BATCH);
    }
    if (KafkaRecordListener.class.isAssignableFrom(endpoint)) {
      modes.add(DeliveryMode.RECORD);
    }
    if (KafkaPollListener.class.isAssignableFrom(endpoint)) {
      modes.add(DeliveryMode.POLL);
    }
    return modes.size() == 1 ? Optional.of(modes.get(0)) : Optional.empty();
  }
}
