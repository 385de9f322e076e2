package org.zoneledger.it.echo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.zoneledger.client.launch.PayaraInstance;

/**
 * Asks a running instance what the echo path stored ({@code GET /api/admin/echo/{topic}}), so a
 * test can follow progress without opening the node database while instances use it.
 */
final class EchoProbe {

  /** The stats the node reports. */
  record Stats(long records, long distinct, long instances) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private EchoProbe() {}

  static Stats stats(PayaraInstance instance, String topic)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(instance.baseUri().resolve("/api/admin/echo/" + topic))
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("echo stats answered " + response.statusCode());
    }
    JsonNode body = JSON.readTree(response.body());
    return new Stats(
        body.get("records").asLong(),
        body.get("distinct").asLong(),
        body.get("instances").asLong());
  }

  /** Polls until {@code done} holds or the timeout passes; returns the last stats seen. */
  static Stats await(
      PayaraInstance instance,
      String topic,
      java.util.function.Predicate<Stats> done,
      Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Stats last = new Stats(-1, -1, -1);
    while (System.nanoTime() < deadline) {
      try {
        last = stats(instance, topic);
        if (done.test(last)) {
          return last;
        }
      } catch (IOException e) {
        // instance busy or database reconnecting: ask again
      }
      Thread.sleep(250);
    }
    return last;
  }
}
