package org.zoneledger.kafka.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.zoneledger.kafka.api.KafkaConnection;
import org.zoneledger.kafka.api.KafkaConnectionFactory;

/** The factory bound in JNDI; asks the container's connection manager for a handle. */
public final class KafkaConnectionFactoryImpl implements KafkaConnectionFactory {

  private static final long serialVersionUID = 1L;

  private final KafkaManagedConnectionFactory mcf;
  private final transient ConnectionManager connectionManager;
  private Reference reference;

  KafkaConnectionFactoryImpl(KafkaManagedConnectionFactory mcf, ConnectionManager cm) {
    this.mcf = mcf;
    this.connectionManager = cm;
  }

  @Override
  public KafkaConnection getConnection() throws ResourceException {
    return (KafkaConnection) connectionManager.allocateConnection(mcf, null);
  }

  @Override
  public void setReference(Reference reference) {
    this.reference = reference;
  }

  @Override
  public Reference getReference() {
    return reference;
  }
}
