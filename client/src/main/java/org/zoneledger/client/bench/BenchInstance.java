package org.zoneledger.client.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zoneledger.client.broker.FreePort;
import org.zoneledger.client.launch.PayaraInstance;
import org.zoneledger.client.launch.PayaraMicroCommand;

/**
 * One Payara Micro instance with the RAR and the WAR, set up as the integration tests' nodes are
 * (H2 file database in the work folder, bootstrap servers from the environment), with one bench MDB
 * pointed at the benchmark topic in a fresh group. The other bench MDB keeps its idle default
 * topic.
 */
final class BenchInstance implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(5);

  private final PayaraInstance instance;

  private BenchInstance(PayaraInstance instance) {
    this.instance = instance;
  }

  static BenchInstance start(
      BenchOptions o, String bootstrap, String topic, String group, MdbVariant variant)
      throws IOException {
    String name = variant.instanceName();
    PayaraMicroCommand command =
        new PayaraMicroCommand(
            o.payaraJar(),
            o.rar(),
            o.war(),
            o.payaraConfig().resolve("pre-boot-commands.asadmin"),
            o.payaraConfig().resolve("post-boot-commands.asadmin"),
            o.workDir().resolve(name),
            name,
            name,
            FreePort.pick(),
            List.of(FreePort.pick()),
            o.heapMb());
    return new BenchInstance(
        PayaraInstance.start(command, env(o, bootstrap, topic, group, variant)));
  }

  private static Map<String, String> env(
      BenchOptions o, String bootstrap, String topic, String group, MdbVariant variant) {
    Path db = o.workDir().resolve("db/node");
    Map<String, String> env = new HashMap<>();
    env.put("ZONELEDGER_KAFKA_BOOTSTRAP", bootstrap);
    env.put("ZONELEDGER_DB_DATASOURCE", "org.zoneledger.persistence.jdbc.H2LocalDataSource");
    env.put("ZONELEDGER_DB_URL", "jdbc:h2:file:" + db + ";WRITE_DELAY=0");
    env.put("ZONELEDGER_DB_USER", "sa");
    env.put("ZONELEDGER_DB_PASSWORD", "sa");
    env.put("ZONELEDGER_BENCH_MAX_POLL_RECORDS", Integer.toString(o.maxPollRecords()));
    env.put(variant.topicsEnv, topic);
    env.put(variant.groupEnv, group);
    // For profiling the instance, e.g. -XX:StartFlightRecording=filename=bench.jfr
    String javaOptions = System.getenv("ZONELEDGER_BENCH_INSTANCE_JAVA_OPTS");
    if (javaOptions != null && !javaOptions.isBlank()) {
      env.put("JAVA_TOOL_OPTIONS", javaOptions);
    }
    return env;
  }

  void awaitHealthy() throws IOException, InterruptedException {
    instance.awaitHealthy(BOOT_TIMEOUT);
  }

  BenchProbe probe() {
    return new BenchProbe(instance);
  }

  long pid() {
    return instance.pid();
  }

  Path log() {
    return instance.log();
  }

  @Override
  public void close() throws InterruptedException {
    if (instance.isAlive()) {
      instance.stop();
    }
  }
}
