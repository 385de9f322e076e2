package org.zoneledger.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A node stand-in on 127.0.0.1 that records every exchange and answers from a script. */
final class FakeNode implements AutoCloseable {
  /** One received request: method, raw target, headers and body. */
  record Received(String method, String target, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  /** An answer: status, headers, JSON body. */
  record Answer(int status, Map<String, String> headers, String body) {
    static Answer json(int status, String body) {
      return new Answer(status, Map.of(), body);
    }
  }

  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();

  FakeNode(Function<Received, Answer> script) throws IOException {
    this(0, script);
  }

  /** On {@code port} of the loopback address (0: any free port). */
  FakeNode(int port, Function<Received, Answer> script) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", exchange -> answer(exchange, script));
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  List<String> targets() {
    List<String> targets = new ArrayList<>();
    received.forEach(r -> targets.add(r.method() + " " + r.target()));
    return targets;
  }

  private void answer(HttpExchange exchange, Function<Received, Answer> script) throws IOException {
    URI uri = exchange.getRequestURI();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Received request =
        new Received(
            exchange.getRequestMethod(),
            target,
            Map.copyOf(exchange.getRequestHeaders()),
            exchange.getRequestBody().readAllBytes());
    received.add(request);
    Answer answer = script.apply(request);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
