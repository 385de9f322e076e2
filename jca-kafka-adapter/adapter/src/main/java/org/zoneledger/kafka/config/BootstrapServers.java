package org.zoneledger.kafka.config;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the bootstrap servers come from when the activation spec or connection factory does not
 * name them: system property {@value #SYSTEM_PROPERTY}, then environment variable {@value
 * #ENV_VARIABLE}.
 */
public final class BootstrapServers {

  public static final String SYSTEM_PROPERTY = "zoneledger.kafka.bootstrap";
  public static final String ENV_VARIABLE = "ZONELEDGER_KAFKA_BOOTSTRAP";

  private BootstrapServers() {}

  public static Optional<String> resolve(String configured) {
    return resolve(configured, System::getProperty, System::getenv);
  }

  static Optional<String> resolve(
      String configured, UnaryOperator<String> system, UnaryOperator<String> env) {
    for (String candidate :
        new String[] {configured, system.apply(SYSTEM_PROPERTY), env.apply(ENV_VARIABLE)}) {
      if (candidate != null && !candidate.isBlank()) {
        return Optional.of(candidate.trim());
      }
    }
    return Optional.empty();
  }
}
