package org.zoneledger.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root: the public API lives under {@code /api/v1}, operator endpoints under /api/admin. */
@ApplicationPath("/api")
public class AdminApplication extends Application {}
