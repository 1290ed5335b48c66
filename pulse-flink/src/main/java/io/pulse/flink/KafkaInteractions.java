package io.pulse.flink;

import io.pulse.ingest.InteractionFiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kafka records of raw interactions: each value one JSON object with the fields of the ingest API,
 * read with its rules ({@link InteractionFiles#readObject}). A record that breaks them becomes a
 * rejected item naming its topic, partition and offset; it never stops the stream.
 */
final class KafkaInteractions implements KafkaRecordDeserializationSchema<RawInteraction> {

  private static final long serialVersionUID = 1L;

  /** How the origin of a Kafka record starts: {@code kafka:topic/partition}. */
  static final String ORIGIN = "kafka:";

  private final int maxTextChars;

  KafkaInteractions(int maxTextChars) {
    this.maxTextChars = maxTextChars;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawInteraction> out) {
    String origin = ORIGIN + record.topic() + "/" + record.partition();
    if (record.value() == null || record.value().length == 0) {
      out.collect(new RawInteraction(origin, record.offset(), null, "the record has no value"));
      return;
    }
    String json;
    try {
      json =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(record.value()))
              .toString();
    } catch (CharacterCodingException e) {
      out.collect(new RawInteraction(origin, record.offset(), null, "the value is not UTF-8"));
      return;
    }
    InteractionFiles.Item item = InteractionFiles.readObject(json, 0, maxTextChars);
    out.collect(new RawInteraction(origin, record.offset(), item.interaction(), item.problem()));
  }

  @Override
  public TypeInformation<RawInteraction> getProducedType() {
    return TypeInformation.of(RawInteraction.class);
  }
}
