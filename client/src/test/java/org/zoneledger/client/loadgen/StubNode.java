package org.zoneledger.client.loadgen;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A node stand-in on 127.0.0.1 that records every request and answers from a script. */
final class StubNode implements AutoCloseable {
  /** One received request: method, raw target, the iov42 headers and body. */
  record Received(
      String method, String target, String authorisations, String authentication, byte[] body) {
    String text() {
      return new String(body, UTF_8);
    }

    String requestId() {
      return target.replaceFirst("^/api/v1/requests/", "").replaceFirst("[?].*$", "");
    }
  }

  /** An answer: status, headers, body. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer ok(Received r) {
      String id = r.requestId();
      return new Answer(
          200,
          Map.of(),
          "{\"requestId\":\""
              + id
              + "\",\"resources\":[],\"proof\":\"/api/v1/proofs/"
              + id
              + "\"}");
    }

    static Answer error(int status, int code, String type) {
      return new Answer(
          status,
          Map.of(),
          "{\"errors\":[{\"errorCode\":"
              + code
              + ",\"errorType\":\""
              + type
              + "\",\"message\":\"no\"}],\"requestId\":\"x\"}");
    }

    /** No answer at all: the connection is closed. */
    static Answer hangUp() {
      return new Answer(-1, Map.of(), "");
    }

    static Answer seeOther(String location, int retryAfter) {
      return new Answer(
          303, Map.of("Location", location, "Retry-After", Integer.toString(retryAfter)), "");
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  final List<Received> received = new CopyOnWriteArrayList<>();

  StubNode(Function<Received, Answer> script) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> answer(exchange, script));
    server.setExecutor(threads);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void answer(HttpExchange exchange, Function<Received, Answer> script) throws IOException {
    URI uri = exchange.getRequestURI();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Received request =
        new Received(
            exchange.getRequestMethod(),
            target,
            exchange.getRequestHeaders().getFirst("X-IOV42-Authorisations"),
            exchange.getRequestHeaders().getFirst("X-IOV42-Authentication"),
            exchange.getRequestBody().readAllBytes());
    received.add(request);
    Answer answer = script.apply(request);
    if (answer.status() < 0) {
      throw new IOException("hanging up without an answer"); // the server drops the connection
    }
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] body = answer.body().getBytes(UTF_8);
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
