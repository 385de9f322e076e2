package org.zoneledger.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * JAX-RS root: the public API lives under {@code /api/v1}, operator endpoints under /api/admin.
 *
 * <p>A {@code Location} header stays host-relative as set (spec §4.4: the Java SDK prepends its
 * base URL, so an absolute URL would be mangled); Jersey would otherwise make it absolute.
 */
@ApplicationPath("/api")
public class AdminApplication extends Application {

  static final String LOCATION_RELATIVE_RESOLUTION_DISABLED =
      "jersey.config.server.headers.location.relative.resolution.disabled";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(LOCATION_RELATIVE_RESOLUTION_DISABLED, Boolean.TRUE);
  }
}
