/**
 * Helpers for the adapter's configuration values: placeholder resolution ({@code ${ENV=NAME}},
 * {@code ${SYSTEM=NAME}}, {@code ${MPCONFIG=name}}), {@code k=v;k=v} lists and the
 * bootstrap-servers fallback; creating Kafka clients under the adapter's class loader. No container
 * code.
 */
package org.zoneledger.kafka.config;
