package org.zoneledger.client.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.zoneledger.client.launch.PayaraInstance;

/**
 * Reads {@code GET /api/admin/bench} of an instance until a bench MDB has counted the expected
 * records. The rate comes from the MDB's own first and last delivery times, so how often this polls
 * does not change it; the CPU time is the instance process's (so it includes answering these polls,
 * a few milliseconds).
 */
final class BenchProbe {

  private static final Duration PAUSE = Duration.ofMillis(250);
  private static final Duration STALL = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param span from the start of the MDB's first delivery to the end of its last one
   * @param wallNanos from the call of {@link #await} to the probe seeing every record counted
   * @param batches deliveries the records came in
   */
  record Result(Throughput span, long wallNanos, long batches) {

    double recordsPerBatch() {
      return batches == 0 ? 0 : (double) span.records() / batches;
    }
  }

  private final PayaraInstance instance;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  BenchProbe(PayaraInstance instance) {
    this.instance = instance;
  }

  /**
   * Waits until the variant's counter reaches {@code expected}. The CPU time reported is the
   * instance's from this call (made right after the records were released) to the end.
   */
  Result await(MdbVariant variant, long expected) throws IOException, InterruptedException {
    long start = System.nanoTime();
    long startCpu = Throughput.cpuNanosOf(instance.pid());
    long seen = -1;
    long lastProgress = start;
    while (true) {
      JsonNode counter = read().path(variant.reportField);
      long records = counter.path("records").asLong();
      long now = System.nanoTime();
      if (records >= expected) {
        long span =
            counter.path("lastDeliveryNanos").asLong()
                - counter.path("firstDeliveryNanos").asLong();
        long cpu = Throughput.cpuNanosOf(instance.pid()) - startCpu;
        Throughput t = new Throughput(records, counter.path("bytes").asLong(), span, cpu);
        return new Result(t, now - start, counter.path("batches").asLong());
      }
      if (records != seen) {
        seen = records;
        lastProgress = now;
      } else if (now - lastProgress > STALL.toNanos()) {
        throw new IllegalStateException(
            variant.label
                + " stalled at "
                + records
                + " of "
                + expected
                + " records; see "
                + instance.log());
      }
      if (!instance.isAlive()) {
        throw new IllegalStateException(instance.name() + " exited; see " + instance.log());
      }
      Thread.sleep(PAUSE.toMillis());
    }
  }

  /** Starts the instance's bench counts afresh ({@code DELETE /api/admin/bench}). */
  void reset() throws IOException, InterruptedException {
    send("DELETE");
  }

  private JsonNode read() throws IOException, InterruptedException {
    return JSON.readTree(send("GET"));
  }

  private String send(String method) throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(instance.baseUri().resolve("/api/admin/bench"))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() / 100 != 2) {
      throw new IOException(
          method + " /api/admin/bench answered " + res.statusCode() + ": " + res.body());
    }
    return res.body();
  }
}
