package org.zoneledger.web.v1;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The JAX-RS application on Jersey in memory: requests go through pre-matching, matching, name
 * binding, filters and exception mappers as on Payara, without HTTP. Entities come back as the
 * objects the resources built (our JSON bodies are Strings).
 */
final class InMemoryApi {
  static final URI BASE = URI.create("http://localhost:8080/api/");

  private final ApplicationHandler handler;
  private final URI base;

  InMemoryApi(URI base, Object... components) {
    ResourceConfig config = new ResourceConfig();
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    for (Object component : components) {
      if (component instanceof Class<?> type) {
        config.register(type);
      } else {
        config.register(component);
      }
    }
    this.handler = new ApplicationHandler(config);
    this.base = base;
  }

  InMemoryApi(Object... components) {
    this(BASE, components);
  }

  /** {@code target} is everything after the base URI's path, e.g. {@code v1/node-info?x=1}. */
  ContainerResponse send(String method, String target, Map<String, String> headers) {
    ContainerRequest request =
        new ContainerRequest(
            base,
            base.resolve(target),
            method,
            null,
            new MapPropertiesDelegate(),
            handler.getConfiguration());
    headers.forEach(request::header);
    try {
      return handler.apply(request).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  ContainerResponse get(String target, Map<String, String> headers) {
    return send("GET", target, headers);
  }

  ContainerResponse get(String target) {
    return get(target, Map.of());
  }

  static String body(ContainerResponse response) {
    return response.getEntity() == null ? "" : response.getEntity().toString();
  }
}
