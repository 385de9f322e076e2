package org.zoneledger.consensus.infrastructure.kafka;

import org.zoneledger.consensus.domain.drme.Topic;

/**
 * The tag of a record value, its second byte. Tags are unique across topics and never reused; each
 * belongs to one topic.
 */
public enum RecordType {
  /** A client PUT as the receiving node's API got it ({@link ClientEnvelope}). */
  CLIENT_REQUEST(1, Topic.REQUESTS),
  /** A node's DRME {@link org.zoneledger.protocol.message.Entropy} message. */
  ENTROPY(2, Topic.REQUESTS),
  /** A coordinator's {@link org.zoneledger.protocol.message.Prepare}. */
  PREPARE(3, Topic.ENTITY_LOG),
  /** A coordinator's {@link org.zoneledger.protocol.message.Decide}. */
  DECIDE(4, Topic.ENTITY_LOG),
  /** A node's {@link org.zoneledger.protocol.message.Vote}. */
  VOTE(5, Topic.VOTES);

  /** The first byte of every record value written by this code. */
  public static final int FORMAT_VERSION = 1;

  private final int tag;
  private final Topic topic;

  RecordType(int tag, Topic topic) {
    this.tag = tag;
    this.topic = topic;
  }

  public int tag() {
    return tag;
  }

  public Topic topic() {
    return topic;
  }

  /** The type of {@code tag} on {@code expected}, or a typed error. */
  static RecordType of(int tag, Topic expected) {
    for (RecordType type : values()) {
      if (type.tag == tag) {
        if (type.topic != expected) {
          throw new RecordFormatException(
              RecordFormatException.Reason.WRONG_TOPIC,
              "a " + type + " record does not belong on the " + expected + " topic");
        }
        return type;
      }
    }
    throw new RecordFormatException(
        RecordFormatException.Reason.UNKNOWN_TYPE, "unknown record type tag " + tag);
  }
}
