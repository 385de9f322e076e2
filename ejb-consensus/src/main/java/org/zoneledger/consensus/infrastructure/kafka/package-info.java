/**
 * The byte format of the zone's three Kafka topics (architecture §1) and the mapping between
 * adapter records ({@link org.zoneledger.kafka.api.KafkaRecord}, {@link
 * org.zoneledger.kafka.api.OutgoingRecord}) and the DRME engine's deliveries and effects.
 *
 * <p>Every record value starts with a format version byte ({@value RecordType#FORMAT_VERSION}) and
 * a {@link org.zoneledger.consensus.infrastructure.kafka.RecordType} tag; tags are unique across
 * the three topics, so a record on the wrong topic is recognised. Decoding is strict: an unknown
 * version or tag, a truncated field, trailing bytes or a key that does not match the content is a
 * {@link org.zoneledger.consensus.infrastructure.kafka.RecordFormatException}. The mapper turns
 * such records into {@link org.zoneledger.consensus.infrastructure.kafka.Refusal}s, never into an
 * exception that would block the partition; a client request whose signatures do not verify on this
 * node becomes a {@link org.zoneledger.consensus.domain.drme.Outcome.Rejected}.
 */
package org.zoneledger.consensus.infrastructure.kafka;
