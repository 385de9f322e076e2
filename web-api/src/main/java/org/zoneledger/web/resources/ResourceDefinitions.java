package org.zoneledger.web.resources;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Defines the node database ({@code java:app/jdbc/zoneledger}) and the Kafka connection factory
 * ({@code java:app/kafka/factory}). Values are substituted by Payara from environment variables:
 *
 * <ul>
 *   <li>{@code ZONELEDGER_DB_DATASOURCE} — data source class: {@code
 *       org.zoneledger.persistence.jdbc.H2LocalDataSource} (default, H2 ships with Payara) or
 *       {@code org.postgresql.ds.PGSimpleDataSource} (driver packaged in the WAR);
 *   <li>{@code ZONELEDGER_DB_URL}, {@code ZONELEDGER_DB_USER}, {@code ZONELEDGER_DB_PASSWORD};
 *   <li>{@code ZONELEDGER_KAFKA_BOOTSTRAP} — read by the resource adapter itself;
 *   <li>{@code ZONELEDGER_FACTORY_RAR} — the adapter of the connection factory: {@code
 *       zone-kafka-rar} (default: the RAR deployed on its own, Payara Micro) or {@code
 *       #zone-kafka-rar} (the RAR embedded in the EAR on Payara Server, which accepts only this
 *       form here and expands it to {@code zone-ledger#zone-kafka-rar}, the form the MDB's {@code
 *       ZONELEDGER_RAR_NAME} needs).
 * </ul>
 *
 * <p>A servlet listener carries the annotations because the container reads resource definitions
 * from component classes; the listener itself does nothing.
 */
@WebListener
@DataSourceDefinition(
    name = "java:app/jdbc/zoneledger",
    className = "${ENV=ZONELEDGER_DB_DATASOURCE:org.zoneledger.persistence.jdbc.H2LocalDataSource}",
    url = "${ENV=ZONELEDGER_DB_URL}",
    user = "${ENV=ZONELEDGER_DB_USER:sa}",
    password = "${ENV=ZONELEDGER_DB_PASSWORD:sa}",
    transactional = true,
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      // a connection is checked at most every 30 s, not on every use: with H2 in server mode each
      // check is two round trips, on every transaction of every consensus batch
      "fish.payara.validate-atmost-once-period-in-seconds=30"
    })
@ConnectionFactoryDefinition(
    name = "java:app/kafka/factory",
    interfaceName = "org.zoneledger.kafka.api.KafkaConnectionFactory",
    resourceAdapter = "${ENV=ZONELEDGER_FACTORY_RAR:zone-kafka-rar}",
    transactionSupport = TransactionSupportLevel.NoTransaction,
    maxPoolSize = 32,
    // consensus messages are sent and awaited hop by hop: Kafka 4's default linger (5 ms) would add
    // to every hop of every request
    properties = {"lingerMs=0"})
public class ResourceDefinitions implements ServletContextListener {}
