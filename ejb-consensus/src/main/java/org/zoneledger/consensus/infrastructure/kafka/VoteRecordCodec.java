package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.Vote;

/**
 * Records of {@code zone.<z>.votes}, key = the requestId (UTF-8), so every vote on a request is in
 * one partition: {@code u8 1 | u8 5 | Vote.encode()}.
 */
public final class VoteRecordCodec {
  private VoteRecordCodec() {}

  public static byte[] key(Vote vote) {
    return vote.requestId().value().getBytes(UTF_8);
  }

  public static byte[] encode(Vote vote) {
    return new CanonicalWriter()
        .u8(RecordType.FORMAT_VERSION)
        .u8(RecordType.VOTE.tag())
        .fixed(Bytes.of(vote.encode()))
        .toByteArray();
  }

  /**
   * Decodes a record whose key must be the vote's requestId.
   *
   * @throws RecordFormatException when the key or value is not a {@code votes} record
   */
  public static Vote decode(byte[] key, byte[] value) {
    RecordReader in = RecordReader.open(value, Topic.VOTES);
    Vote vote = Wrapped.decode("vote", in, Vote::decode);
    Keys.require(key, key(vote));
    return vote;
  }
}
