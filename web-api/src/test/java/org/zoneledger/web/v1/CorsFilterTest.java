package org.zoneledger.web.v1;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;

class CorsFilterTest {

  private static final Map<String, String> PREFLIGHT =
      Map.of(
          "Origin", "https://wallet.example",
          "Access-Control-Request-Method", "PUT",
          "Access-Control-Request-Headers", "content-type,x-iov42-authorisations");

  /** A GET-only resource: Jersey alone would answer its OPTIONS itself, not as CORS asks. */
  @Path("v1/identities/{identityId}")
  public static class Identities {
    @GET
    public String get() {
      return "{}";
    }
  }

  @Path("admin/health")
  public static class Admin {
    @GET
    public String get() {
      return "{}";
    }
  }

  // RequestsResource is the real one (PUT and GET only); its EJBs stay null, OPTIONS never reach it
  private final InMemoryApi api =
      new InMemoryApi(
          new CorsFilter(),
          RequestsResource.class,
          Identities.class,
          Admin.class,
          ErrorMappers.WebErrors.class);

  @Test
  void aPreflightOfTheCommandEndpointIsAllowedWithTheIov42Headers() {
    ContainerResponse response = api.send("OPTIONS", "v1/requests/x", PREFLIGHT);

    assertThat(response.getStatus()).isIn(200, 204);
    assertPreflightHeaders(response);
  }

  @Test
  void aPreflightOfAQueryEndpointIsAllowed() {
    ContainerResponse response =
        api.send("OPTIONS", "v1/identities/x?requestId=r&nodeId=node1", PREFLIGHT);

    assertThat(response.getStatus()).isIn(200, 204);
    assertPreflightHeaders(response);
  }

  @Test
  void aPreflightOfAPathNoResourceServesIsStillAllowed() {
    ContainerResponse response = api.send("OPTIONS", "v1/asset-types/EUR/claims/", PREFLIGHT);

    assertThat(response.getStatus()).isIn(200, 204);
    assertPreflightHeaders(response);
  }

  @Test
  void answersOfThePublicApiAllowAnyOriginAndExposeTheRedirectHeaders() {
    ContainerResponse response =
        api.send("GET", "v1/identities/x", Map.of("Origin", "https://wallet.example"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeaderString(CorsFilter.ALLOW_ORIGIN)).isEqualTo("*");
    assertThat(response.getHeaderString(CorsFilter.EXPOSE_HEADERS))
        .isEqualTo("Location, Retry-After");
  }

  @Test
  void errorAnswersOfThePublicApiCarryTheOriginHeaderToo() {
    ContainerResponse response = api.send("GET", "v1/nothing-here", Map.of());

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getHeaderString(CorsFilter.ALLOW_ORIGIN)).isEqualTo("*");
  }

  @Test
  void operatorEndpointsAreNotOpenedToBrowsers() {
    assertThat(api.send("GET", "admin/health", Map.of()).getHeaderString(CorsFilter.ALLOW_ORIGIN))
        .isNull();
    assertThat(
            api.send("OPTIONS", "admin/health", PREFLIGHT).getHeaderString(CorsFilter.ALLOW_ORIGIN))
        .isNull();
  }

  private static void assertPreflightHeaders(ContainerResponse response) {
    assertThat(response.getHeaderString(CorsFilter.ALLOW_ORIGIN)).isEqualTo("*");
    assertThat(response.getHeaderString(CorsFilter.ALLOW_METHODS)).isEqualTo("GET, PUT, OPTIONS");
    assertThat(response.getHeaderString(CorsFilter.ALLOW_HEADERS))
        .isEqualTo(
            "Content-Type, X-IOV42-Authorisations, X-IOV42-Authentication, X-IOV42-Claims, Accept");
    assertThat(response.getHeaderString(CorsFilter.EXPOSE_HEADERS))
        .isEqualTo("Location, Retry-After");
    assertThat(Integer.parseInt(response.getHeaderString(CorsFilter.MAX_AGE))).isPositive();
  }
}
