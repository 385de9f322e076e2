package org.zoneledger.kafka.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;
import org.zoneledger.kafka.ra.KafkaResourceAdapter;

/**
 * The outbound managed connection factory. Owns one shared idempotent producer ({@code acks=all})
 * and a small pool of group-less consumers for single-record reads, each created on first use and
 * closed when the adapter stops. Properties are strings so that placeholders ({@code ${ENV=NAME}},
 * {@code ${SYSTEM=NAME}}) work; see {@link ProducerHolder} and {@link ReaderHolder}.
 */
@ConnectionDefinition(
    connectionFactory = KafkaConnectionFactory.class,
    connectionFactoryImpl = KafkaConnectionFactoryImpl.class,
    connection = KafkaConnection.class,
    connectionImpl = KafkaConnectionHandle.class)
public class KafkaManagedConnectionFactory
    implements ManagedConnectionFactory, ResourceAdapterAssociation, TransactionSupport {

  private static final long serialVersionUID = 1L;

  @ConfigProperty(
      description =
          "Kafka bootstrap servers; default: system property "
              + "zoneledger.kafka.bootstrap, then env ZONELEDGER_KAFKA_BOOTSTRAP")
  private String bootstrapServers;

  @ConfigProperty(description = "Producer client.id; default: Kafka's")
  private String clientId;

  @ConfigProperty(description = "Producer linger.ms; default: Kafka's (5)")
  private String lingerMs;

  @ConfigProperty(
      description = "How long send/sendAll wait for acknowledgements, ms; default 60000")
  private String sendTimeoutMs;

  @ConfigProperty(description = "Raw Kafka producer properties k=v;k=v (acks, idempotence fixed)")
  private String producerProperties;

  @ConfigProperty(
      description =
          "How long read waits for a free consumer and the record, ms; default "
              + ReaderHolder.DEFAULT_READ_TIMEOUT_MS)
  private String readTimeoutMs;

  private transient ResourceAdapter resourceAdapter;
  private transient PrintWriter logWriter;
  private transient ProducerHolder producer;
  private transient ReaderHolder readers;
  private transient boolean closeOnStopRegistered;

  @Override
  public Object createConnectionFactory(ConnectionManager cm) {
    return new KafkaConnectionFactoryImpl(this, cm);
  }

  @Override
  public Object createConnectionFactory() {
    return new KafkaConnectionFactoryImpl(this, new UnmanagedConnectionManager());
  }

  @Override
  public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
    return new KafkaManagedConnection(this);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public ManagedConnection matchManagedConnections(
      Set candidates, Subject subject, ConnectionRequestInfo info) {
    for (Object c : candidates) {
      if (c instanceof KafkaManagedConnection mc && mc.factory() == this) {
        return mc;
      }
    }
    return null;
  }

  /** The shared sender, creating the producer on first use. */
  synchronized RecordSender sender() throws ResourceException {
    if (producer == null) {
      producer =
          ProducerHolder.create(
              bootstrapServers, clientId, lingerMs, sendTimeoutMs, producerProperties);
      closeOnStop();
    }
    return producer.sender();
  }

  /** The shared reader, creating its consumer pool on first use (consumers on first read). */
  synchronized RecordReader reader() throws ResourceException {
    if (readers == null) {
      readers = ReaderHolder.create(bootstrapServers, clientId, readTimeoutMs);
      closeOnStop();
    }
    return readers.reader();
  }

  private void closeOnStop() {
    if (!closeOnStopRegistered && resourceAdapter instanceof KafkaResourceAdapter ra) {
      ra.closeOnStop(this::closeClients);
      closeOnStopRegistered = true;
    }
  }

  /** Closes the producer and the readers' consumers; the next use creates them again. */
  synchronized void closeClients() {
    closeOnStopRegistered = false;
    if (producer != null) {
      producer.close();
      producer = null;
    }
    if (readers != null) {
      readers.close();
      readers = null;
    }
  }

  @Override
  public TransactionSupportLevel getTransactionSupport() {
    return TransactionSupportLevel.NoTransaction;
  }

  @Override
  public ResourceAdapter getResourceAdapter() {
    return resourceAdapter;
  }

  @Override
  public void setResourceAdapter(ResourceAdapter ra) {
    this.resourceAdapter = ra;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  public String getBootstrapServers() {
    return bootstrapServers;
  }

  public void setBootstrapServers(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getLingerMs() {
    return lingerMs;
  }

  public void setLingerMs(String lingerMs) {
    this.lingerMs = lingerMs;
  }

  public String getSendTimeoutMs() {
    return sendTimeoutMs;
  }

  public void setSendTimeoutMs(String sendTimeoutMs) {
    this.sendTimeoutMs = sendTimeoutMs;
  }

  public String getProducerProperties() {
    return producerProperties;
  }

  public void setProducerProperties(String producerProperties) {
    this.producerProperties = producerProperties;
  }

  public String getReadTimeoutMs() {
    return readTimeoutMs;
  }

  public void setReadTimeoutMs(String readTimeoutMs) {
    this.readTimeoutMs = readTimeoutMs;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KafkaManagedConnectionFactory other
        && Objects.equals(bootstrapServers, other.bootstrapServers)
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(lingerMs, other.lingerMs)
        && Objects.equals(sendTimeoutMs, other.sendTimeoutMs)
        && Objects.equals(producerProperties, other.producerProperties)
        && Objects.equals(readTimeoutMs, other.readTimeoutMs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        bootstrapServers, clientId, lingerMs, sendTimeoutMs, producerProperties, readTimeoutMs);
  }
}
