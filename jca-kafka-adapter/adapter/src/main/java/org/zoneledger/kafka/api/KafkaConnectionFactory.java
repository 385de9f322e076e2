package org.zoneledger.kafka.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * Outbound connection factory, injected with {@code @Resource(lookup = "java:app/kafka/factory")}.
 * Connections are cheap handles onto one shared idempotent producer; close them
 * (try-with-resources).
 */
public interface KafkaConnectionFactory extends Serializable, Referenceable {

  KafkaConnection getConnection() throws ResourceException;
}
