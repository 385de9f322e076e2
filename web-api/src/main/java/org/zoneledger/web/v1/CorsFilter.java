package org.zoneledger.web.v1;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS for browser clients of the public API (spec §1.2: the TypeScript bundle in a page sends PUTs
 * with the three {@code X-IOV42-*} headers and {@code Content-Type}, and signed GETs). Every answer
 * under {@code /api/v1/} allows any origin — the API authenticates by signatures, never by cookies
 * — and exposes {@code Location} and {@code Retry-After} (the 303 of a pending PUT). A pre-flight
 * {@code OPTIONS} of any {@code /api/v1/} path is answered here, before resource matching, so it
 * never meets a 404 or 405 whichever resources exist.
 */
@Provider
@PreMatching
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";

  static final String METHODS = "GET, PUT, OPTIONS";
  static final String HEADERS =
      "Content-Type, X-IOV42-Authorisations, X-IOV42-Authentication, X-IOV42-Claims, Accept";
  static final String EXPOSED = "Location, Retry-After";

  /** How long a browser may cache a pre-flight answer (s); browsers cap it lower (Chrome: 2 h). */
  static final String MAX_AGE_SECONDS = "86400";

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.OPTIONS.equals(request.getMethod()) && isPublicApi(request)) {
      Response.ResponseBuilder preflight =
          Response.noContent()
              .header("Allow", METHODS)
              .header(ALLOW_ORIGIN, "*")
              .header(ALLOW_METHODS, METHODS)
              .header(ALLOW_HEADERS, HEADERS)
              .header(MAX_AGE, MAX_AGE_SECONDS);
      request.abortWith(preflight.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!isPublicApi(request)) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle(ALLOW_ORIGIN, "*");
    headers.putSingle(EXPOSE_HEADERS, EXPOSED);
  }

  private static boolean isPublicApi(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath(); // relative to /api, no leading '/'
    return path.startsWith("v1/") || path.equals("v1") || path.startsWith("/v1/");
  }
}
