package org.zoneledger.kafka.ra;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.transaction.xa.XAResource;

/**
 * A container stand-in: endpoints are proxies over {@code bean} that record the JCA calls made on
 * them ({@code create}, {@code before}, the listener method, {@code after}, {@code release}).
 */
final class FakeEndpointFactory implements MessageEndpointFactory {

  final List<String> events = new CopyOnWriteArrayList<>();
  final Object bean;
  final Class<?> listener;
  boolean transacted;
  boolean unavailable;
  RuntimeException afterDeliveryFailure;

  FakeEndpointFactory(Class<?> listener, Object bean) {
    this.listener = listener;
    this.bean = bean;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
    if (unavailable) {
      throw new UnavailableException("not deployed yet");
    }
    events.add("create");
    return (MessageEndpoint)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {MessageEndpoint.class, listener},
            (proxy, method, args) -> invoke(method, args));
  }

  private Object invoke(Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "beforeDelivery" -> events.add("before");
      case "afterDelivery" -> {
        events.add("after");
        if (afterDeliveryFailure != null) {
          throw afterDeliveryFailure;
        }
      }
      case "release" -> events.add("release");
      default -> {
        events.add(method.getName());
        try {
          return method.invoke(bean, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    return null;
  }

  @Override
  public MessageEndpoint createEndpoint(XAResource xaResource, long timeout)
      throws UnavailableException {
    return createEndpoint(xaResource);
  }

  @Override
  public boolean isDeliveryTransacted(Method method) {
    return transacted;
  }

  @Override
  public String getActivationName() {
    return "test-activation";
  }

  @Override
  public Class<?> getEndpointClass() {
    return bean.getClass();
  }
}
