package org.zoneledger.kafka.outbound;

import jakarta.resource.spi.InvalidPropertyException;
import java.util.Properties;
import org.zoneledger.kafka.config.BootstrapServers;
import org.zoneledger.kafka.config.Placeholders;

/** Checks shared by the producer and the readers of a managed connection factory's properties. */
final class ClientProperties {

  private ClientProperties() {}

  /** The bootstrap servers: the property (placeholders resolved), else the runtime's default. */
  static String bootstrap(Placeholders placeholders, String bootstrapServers)
      throws InvalidPropertyException {
    return BootstrapServers.resolve(placeholders.resolve(bootstrapServers))
        .orElseThrow(
            () ->
                new InvalidPropertyException(
                    "bootstrapServers must be set on the Kafka connection factory (or system"
                        + " property "
                        + BootstrapServers.SYSTEM_PROPERTY
                        + " or environment variable "
                        + BootstrapServers.ENV_VARIABLE
                        + ")"));
  }

  /** A positive number of milliseconds; {@code defaultMs} when {@code value} is blank. */
  static long positiveMillis(String name, String value, long defaultMs)
      throws InvalidPropertyException {
    if (value == null || value.isBlank()) {
      return defaultMs;
    }
    try {
      long ms = Long.parseLong(value.trim());
      if (ms > 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidPropertyException(name + " must be a positive number, was '" + value + "'");
  }

  static void putIfSet(Properties p, String key, String value) {
    if (value != null && !value.isBlank()) {
      p.put(key, value.trim());
    }
  }
}
