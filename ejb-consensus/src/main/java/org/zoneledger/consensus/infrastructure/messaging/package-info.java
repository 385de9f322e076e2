/**
 * The consensus message-driven beans, one per zone topic: each decodes nothing itself and hands
 * each batch of one partition to {@link org.zoneledger.consensus.application.DrmeService}, one
 * transaction per batch. The adapter's POLL mode (the batches of all of a consumer's partitions in
 * one transaction) was tried and is not used: it took a node's commits per request from 5.8 to 4.5
 * but did not raise throughput (14–15 transfers/s with 16 in flight either way). They start
 * consumers only when {@code ZONELEDGER_CONSENSUS=true} (the adapter's {@code enabled} switch), so
 * a node without a zone (echo diagnostics, smoke tests) deploys them inert. Topic names and
 * consumer groups come from the environment: {@code ZONELEDGER_TOPIC_REQUESTS}, {@code
 * ZONELEDGER_TOPIC_ENTITY_LOG}, {@code ZONELEDGER_TOPIC_VOTES} (the descriptor's prefix plus {@code
 * .requests} etc.), {@code ZONELEDGER_COORDINATOR_GROUP} ({@code <nodeId>.coordinator}) and {@code
 * ZONELEDGER_VALIDATOR_GROUP} ({@code <nodeId>.validator}). A failing batch is retried, never
 * dead-lettered in practice (a consensus message must not be skipped).
 */
package org.zoneledger.consensus.infrastructure.messaging;
