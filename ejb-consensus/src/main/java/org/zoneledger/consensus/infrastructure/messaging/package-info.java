/**
 * The consensus message-driven beans, one per consumer group: {@code CoordinatorConsumer} reads
 * {@code requests} and {@code votes}, {@code EntityLogConsumer} reads {@code entity-log}. Each
 * decodes nothing itself and hands everything a poll made due, of all its partitions, to {@link
 * org.zoneledger.consensus.application.DrmeService} in one delivery (one transaction). They start
 * consumers only when {@code ZONELEDGER_CONSENSUS=true} (the adapter's {@code enabled} switch), so
 * a node without a zone (echo diagnostics, smoke tests) deploys them inert. Topic names and
 * consumer groups come from the environment: {@code ZONELEDGER_TOPIC_REQUESTS}, {@code
 * ZONELEDGER_TOPIC_ENTITY_LOG}, {@code ZONELEDGER_TOPIC_VOTES} (the descriptor's prefix plus {@code
 * .requests} etc.), {@code ZONELEDGER_COORDINATOR_GROUP} ({@code <nodeId>.coordinator}) and {@code
 * ZONELEDGER_VALIDATOR_GROUP} ({@code <nodeId>.validator}). A failing batch is retried, never
 * dead-lettered in practice (a consensus message must not be skipped).
 */
package org.zoneledger.consensus.infrastructure.messaging;
