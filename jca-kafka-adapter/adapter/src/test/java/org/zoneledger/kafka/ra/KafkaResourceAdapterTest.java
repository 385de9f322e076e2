package org.zoneledger.kafka.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkManager;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.zoneledger.kafka.api.KafkaBatchListener;
import org.zoneledger.kafka.api.KafkaPollListener;
import org.zoneledger.kafka.api.KafkaRecordListener;
import org.zoneledger.kafka.ra.EndpointTargetTest.BatchBean;
import org.zoneledger.kafka.ra.EndpointTargetTest.RecordBean;

class KafkaResourceAdapterTest {

  private final List<Thread> workThreads = new CopyOnWriteArrayList<>();

  private KafkaResourceAdapter startedAdapter() throws Exception {
    WorkManager workManager =
        (WorkManager)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {WorkManager.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("scheduleWork")) {
                    Thread t = new Thread((Work) args[0], "work-" + workThreads.size());
                    workThreads.add(t);
                    t.start();
                  }
                  return null;
                });
    BootstrapContext ctx =
        (BootstrapContext)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {BootstrapContext.class},
                (proxy, method, args) ->
                    method.getName().equals("getWorkManager") ? workManager : null);
    KafkaResourceAdapter ra = new KafkaResourceAdapter();
    ra.start(ctx);
    return ra;
  }

  private static KafkaActivationSpec spec() {
    KafkaActivationSpec spec = new KafkaActivationSpec();
    spec.setBootstrapServers("127.0.0.1:1");
    spec.setTopics("t");
    spec.setGroupId("g");
    return spec;
  }

  @Test
  void endpointActivationFailsWithTheValidationMessageWhenTheSpecIsInvalid() throws Exception {
    KafkaActivationSpec spec = spec();
    spec.setMaxAttempts("0");
    KafkaResourceAdapter ra = startedAdapter();
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    assertThatThrownBy(() -> ra.endpointActivation(factory, spec))
        .isInstanceOf(ResourceException.class)
        .hasMessage("maxAttempts must be ≥ 1, was 0");
    assertThat(workThreads).isEmpty();
  }

  @Test
  void endpointActivationFailsWhenTheDeliveryModeDoesNotMatchTheListener() throws Exception {
    KafkaActivationSpec spec = spec();
    spec.setDeliveryMode("BATCH");
    KafkaResourceAdapter ra = startedAdapter();
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    assertThatThrownBy(() -> ra.endpointActivation(factory, spec))
        .hasMessage("deliveryMode BATCH requires KafkaBatchListener as message listener");
  }

  @Test
  void theListenerInterfaceSelectsTheDeliveryMode() {
    assertThat(
            KafkaResourceAdapter.listenerMode(
                new FakeEndpointFactory(KafkaBatchListener.class, new BatchBean())))
        .contains(org.zoneledger.kafka.inbound.DeliveryMode.BATCH);
    assertThat(
            KafkaResourceAdapter.listenerMode(
                new FakeEndpointFactory(
                    KafkaPollListener.class, new EndpointTargetTest.PollBean())))
        .contains(org.zoneledger.kafka.inbound.DeliveryMode.POLL);
  }

  @Test
  void eachConsumerRunsInItsOwnWorkAndDeactivationWaitsForItToEnd() throws Exception {
    KafkaActivationSpec spec = spec();
    spec.setConsumers("2");
    spec.setPollTimeoutMs("200");
    KafkaResourceAdapter ra = startedAdapter();
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaRecordListener.class, new RecordBean());
    ra.endpointActivation(factory, spec);
    assertThat(workThreads).hasSize(2);
    Thread.sleep(300);
    assertThat(workThreads).allSatisfy(t -> assertThat(t.isAlive()).isTrue());

    long started = System.nanoTime();
    ra.endpointDeactivation(factory, spec);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(tookMillis).isLessThan(10_000);
    for (Thread t : workThreads) {
      t.join(1_000); // the Work has returned; its thread is only finishing
      assertThat(t.isAlive()).isFalse();
    }
    ra.stop();
  }

  @Test
  void aDisabledActivationStartsNoConsumerAndIsNotValidatedFurther() throws Exception {
    KafkaActivationSpec spec = new KafkaActivationSpec(); // no topics, no group: not needed
    spec.setEnabled("FALSE");
    KafkaResourceAdapter ra = startedAdapter();
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaBatchListener.class, new BatchBean());
    spec.validate();
    ra.endpointActivation(factory, spec);
    assertThat(workThreads).isEmpty();
    ra.endpointDeactivation(factory, spec);
    ra.stop();
  }

  @Test
  void anActivationIsEnabledByDefaultAndAnInvalidSwitchFailsActivation() throws Exception {
    assertThat(spec().isEnabled()).isTrue();
    KafkaActivationSpec spec = spec();
    spec.setEnabled("yes");
    KafkaResourceAdapter ra = startedAdapter();
    FakeEndpointFactory factory =
        new FakeEndpointFactory(KafkaBatchListener.class, new BatchBean());
    assertThatThrownBy(() -> ra.endpointActivation(factory, spec))
        .isInstanceOf(ResourceException.class)
        .hasMessage("enabled must be true or false, was 'yes'");
    assertThat(workThreads).isEmpty();
  }
}
