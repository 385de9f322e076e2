package org.zoneledger.consensus.infrastructure.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.zoneledger.consensus.domain.drme.EntityLogRecord;
import org.zoneledger.consensus.domain.drme.Topic;
import org.zoneledger.protocol.message.Bytes;
import org.zoneledger.protocol.message.CanonicalWriter;
import org.zoneledger.protocol.message.Decide;
import org.zoneledger.protocol.message.EntityKey;
import org.zoneledger.protocol.message.Prepare;

/**
 * Records of {@code zone.<z>.entity-log}, key = the entity key (UTF-8), so every message about an
 * entity is in one partition:
 *
 * <pre>
 *   u8 1 | u8 3 | Prepare.encode()
 *   u8 1 | u8 4 | Decide.encode()
 * </pre>
 */
public final class EntityLogRecordCodec {
  private EntityLogRecordCodec() {}

  public static byte[] key(EntityKey entity) {
    return entity.value().getBytes(UTF_8);
  }

  public static byte[] encode(EntityLogRecord record) {
    RecordType type;
    byte[] message;
    if (record instanceof EntityLogRecord.OfPrepare prepare) {
      type = RecordType.PREPARE;
      message = prepare.prepare().encode();
    } else {
      type = RecordType.DECIDE;
      message = ((EntityLogRecord.OfDecide) record).decide().encode();
    }
    return new CanonicalWriter()
        .u8(RecordType.FORMAT_VERSION)
        .u8(type.tag())
        .fixed(Bytes.of(message))
        .toByteArray();
  }

  /**
   * Decodes a record whose key must be the entity it is about.
   *
   * @throws RecordFormatException when the key or value is not an {@code entity-log} record
   */
  public static EntityLogRecord decode(byte[] key, byte[] value) {
    RecordReader in = RecordReader.open(value, Topic.ENTITY_LOG);
    EntityLogRecord record =
        in.type() == RecordType.PREPARE
            ? new EntityLogRecord.OfPrepare(Wrapped.decode("prepare", in, Prepare::decode))
            : new EntityLogRecord.OfDecide(Wrapped.decode("decide", in, Decide::decode));
    Keys.require(key, key(record.entity()));
    return record;
  }
}
