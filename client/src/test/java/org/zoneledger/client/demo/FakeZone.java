package org.zoneledger.client.demo;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Nodes on 127.0.0.1 standing in for a zone: a PUT of a request commits it on every node with
 * {@code node2} as coordinator, unless it is the {@code refuseFrom}-th PUT or later, which is
 * answered 400 and recorded nowhere. The admin read-outs answer from what was committed.
 */
final class FakeZone implements AutoCloseable {

  record Put(int node, String requestId) {}

  private final List<HttpServer> servers = new ArrayList<>();
  private final Map<String, String> committed = new ConcurrentHashMap<>();
  final List<Put> puts = new CopyOnWriteArrayList<>();
  private final int refuseFrom;

  FakeZone(int nodes, int refuseFrom) throws IOException {
    this.refuseFrom = refuseFrom;
    for (int n = 0; n < nodes; n++) {
      int node = n;
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> answer(node, exchange));
      server.start();
      servers.add(server);
    }
  }

  List<URI> urls() {
    return servers.stream()
        .map(s -> URI.create("http://127.0.0.1:" + s.getAddress().getPort()))
        .toList();
  }

  private void answer(int node, HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    exchange.getRequestBody().readAllBytes();
    if (exchange.getRequestMethod().equals("PUT") && path.startsWith("/api/v1/requests/")) {
      String id = path.substring("/api/v1/requests/".length());
      puts.add(new Put(node, id));
      if (puts.size() > refuseFrom) {
        send(
            exchange,
            400,
            "{\"errors\":[{\"errorCode\":2505,\"errorType\":\"Authorisation\","
                + "\"message\":\"not today\"}],\"requestId\":\""
                + id
                + "\"}");
        return;
      }
      committed.put(id, "COMMITTED");
      send(
          exchange,
          200,
          "{\"requestId\":\""
              + id
              + "\",\"resources\":[],\"proof\":\"/api/v1/proofs/"
              + id
              + "\"}");
    } else if (path.startsWith("/api/admin/zone/requests/")) {
      String id = path.substring("/api/admin/zone/requests/".length());
      String status = committed.get(id);
      if (status == null) {
        send(exchange, 404, "{\"requestId\":\"" + id + "\"}");
      } else {
        send(
            exchange,
            200,
            "{\"requestId\":\""
                + id
                + "\",\"status\":\""
                + status
                + "\",\"round\":0,"
                + "\"coordinator\":\"node2\",\"proofHash\":\"00ff\"}");
      }
    } else if (path.equals("/api/admin/zone/digest")) {
      send(exchange, 200, "{\"digest\":\"abc123\"}");
    } else {
      send(exchange, 404, "{}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }
}
