package org.zoneledger.kafka.ra;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.zoneledger.kafka.config.KafkaClients;
import org.zoneledger.kafka.inbound.ConsumerLoop;
import org.zoneledger.kafka.inbound.ConsumerSettings;
import org.zoneledger.kafka.inbound.DeadLetterPublisher;
import org.zoneledger.kafka.inbound.ProducerDeadLetterPublisher;

/** One endpoint activation: {@code consumers} Works, each owning its consumer. */
final class InboundActivation {

  private static final Logger LOG = Logger.getLogger(InboundActivation.class.getName());
  private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(30);

  private final String name;
  private final List<ConsumerWork> works = new ArrayList<>();

  InboundActivation(MessageEndpointFactory factory, ConsumerSettings settings) {
    this.name = activationName(factory, settings);
    EndpointTarget target = new EndpointTarget(factory, settings.deliveryMode());
    for (int i = 0; i < settings.consumers(); i++) {
      int index = i;
      works.add(
          new ConsumerWork(
              name + "#" + i,
              () ->
                  new ConsumerLoop(
                      KafkaClients.consumer(settings.kafkaProperties(index)),
                      settings,
                      target,
                      deadLetters(settings),
                      System::nanoTime)));
    }
  }

  /** The dead-letter producer shares the consumer's connection security settings. */
  private static DeadLetterPublisher deadLetters(ConsumerSettings settings) {
    java.util.Properties security = new java.util.Properties();
    settings
        .consumerProperties()
        .forEach(
            (k, v) -> {
              if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                security.put(k, v);
              }
            });
    return new ProducerDeadLetterPublisher(
        () ->
            KafkaClients.producer(
                KafkaClients.reliableProducer(settings.bootstrapServers(), security)),
        settings::deadLetterTopicFor,
        DEAD_LETTER_TIMEOUT);
  }

  void start(WorkManager workManager) throws WorkException {
    for (ConsumerWork work : works) {
      workManager.scheduleWork(work, WorkManager.INDEFINITE, null, work);
    }
    LOG.info(() -> "Activated " + name + " with " + works.size() + " consumer(s)");
  }

  /** Stops all consumers and waits (bounded) until each has closed its consumer. */
  void stop(Duration timeout) {
    works.forEach(ConsumerWork::stop);
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ConsumerWork work : works) {
      try {
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        if (!work.awaitFinished(left)) {
          LOG.warning(() -> "Consumer " + work + " did not stop within " + timeout);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    LOG.info(() -> "Deactivated " + name);
  }

  private static String activationName(MessageEndpointFactory factory, ConsumerSettings settings) {
    String endpoint;
    try {
      endpoint = factory.getActivationName();
    } catch (RuntimeException | AbstractMethodError e) {
      endpoint = null;
    }
    return (endpoint != null ? endpoint : settings.groupId()) + settings.topics();
  }
}
