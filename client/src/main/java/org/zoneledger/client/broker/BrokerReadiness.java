package org.zoneledger.client.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

/**
 * Waits until a starting broker answers {@code describeCluster} with at least one node and the
 * cluster id of its own folder. Checking the id matters: if another Kafka already listens on the
 * port, our broker fails to bind while the other one answers.
 */
final class BrokerReadiness {

  private static final Duration ATTEMPT = Duration.ofSeconds(2);
  private static final Duration PAUSE = Duration.ofMillis(200);

  private BrokerReadiness() {}

  /**
   * Returns when the broker is ready.
   *
   * @throws BrokerException if the process exits or the timeout passes; the message names the log
   */
  static void await(
      String bootstrap, String clusterId, ProcessHandle process, Duration timeout, Path log) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(adminProperties(bootstrap))) {
      while (true) {
        if (!process.isAlive()) {
          throw new BrokerException(
              "the Kafka broker (pid " + process.pid() + ") exited during start-up; see " + log);
        }
        Optional<String> answered = answeringClusterId(admin);
        if (answered.filter(clusterId::equals).isPresent()) {
          return;
        }
        if (answered.isPresent()) {
          throw new BrokerException(
              "another Kafka cluster (id "
                  + answered.get()
                  + ") answers on "
                  + bootstrap
                  + "; is the port taken? see "
                  + log);
        }
        if (System.nanoTime() > deadline) {
          throw new BrokerException(
              "the Kafka broker on "
                  + bootstrap
                  + " did not accept connections within "
                  + timeout.toSeconds()
                  + " s; see "
                  + log);
        }
        sleep(PAUSE);
      }
    }
  }

  static Properties adminProperties(String bootstrap) {
    Properties props = new Properties();
    props.putAll(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            (int) ATTEMPT.toMillis(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) ATTEMPT.toMillis(),
            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG,
            500));
    return props;
  }

  /** The id of the cluster answering with at least one live node, if one answers. */
  private static Optional<String> answeringClusterId(Admin admin) {
    var options = new DescribeClusterOptions().timeoutMs((int) ATTEMPT.toMillis());
    try {
      DescribeClusterResult result = admin.describeCluster(options);
      if (result.nodes().get(ATTEMPT.toMillis(), TimeUnit.MILLISECONDS).isEmpty()) {
        return Optional.empty();
      }
      return Optional.ofNullable(result.clusterId().get(ATTEMPT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while waiting for the broker", e);
    }
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerException("interrupted while waiting for the broker", e);
    }
  }
}
