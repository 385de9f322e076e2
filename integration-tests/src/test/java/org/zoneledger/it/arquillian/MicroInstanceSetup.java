package org.zoneledger.it.arquillian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.zoneledger.client.broker.FreePort;
import org.zoneledger.client.broker.KafkaBroker;
import org.zoneledger.it.support.KafkaBrokerExtension;

/**
 * Prepares what the Arquillian-managed Payara Micro reads when it starts, so it must be registered
 * after {@link KafkaBrokerExtension} and before Arquillian's extension (JUnit calls {@code
 * beforeAll} in registration order; Arquillian reads {@code arquillian.xml} and starts the instance
 * in its own {@code beforeAll}).
 *
 * <ul>
 *   <li>the echo topics, with {@link #PARTITIONS} partitions, before the echo MDB subscribes;
 *   <li>the node database ({@link NodeDatabase}, from the Failsafe environment the instance
 *       inherits): a PostgreSQL database is created here and dropped in {@code afterAll}, which
 *       JUnit calls after Arquillian's (reverse order), once the instance is stopped;
 *   <li>this run's folder {@code <it.work>/arquillian-<pid>}, published as system property {@value
 *       #DIR_PROPERTY} for {@code arquillian.xml}, with the instance's system properties (Kafka
 *       bootstrap for our resource adapter, free HTTP and Hazelcast ports, its own cluster, its
 *       root folder), the pre-boot commands of {@code payara-config} and its post-boot commands
 *       plus the deployment of our resource adapter, which Payara Micro runs before it deploys the
 *       test archive.
 * </ul>
 */
public final class MicroInstanceSetup implements BeforeAllCallback, AfterAllCallback {

  static final String DIR_PROPERTY = "it.arquillian.dir";

  /**
   * The echo MDB's topic and acknowledgement topic: the build gives the Arquillian instance its own
   * (Failsafe environment, see the module's pom), so no other test's instance shares them.
   */
  static final String ECHO_TOPIC = env("ZONELEDGER_ECHO_TOPICS", "zoneledger.echo");

  static final String ACK_TOPIC = env("ZONELEDGER_ECHO_ACK_TOPIC", "zoneledger.echo.ack");
  static final int PARTITIONS = 12;

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static final Namespace NAMESPACE = Namespace.create(MicroInstanceSetup.class);
  private static final String RAR_NAME = "zone-kafka-rar";

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    String bootstrap = KafkaBrokerExtension.bootstrapServers();
    NodeDatabase database = NodeDatabase.fromEnvironment();
    context.getStore(NAMESPACE).put(NodeDatabase.class, database);
    database.create();
    KafkaBroker.createTopics(bootstrap, Map.of(ECHO_TOPIC, PARTITIONS, ACK_TOPIC, 3));

    Path work = Path.of(System.getProperty("it.work", "target/it-work")).toAbsolutePath();
    Path dir = work.resolve("arquillian-" + ProcessHandle.current().pid());
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("pre-boot-commands.asadmin"), config("pre-boot-commands.asadmin"));
    Files.writeString(
        dir.resolve("post-boot-commands.asadmin"),
        config("post-boot-commands.asadmin")
            + "\n# deployed before the test archive; the echo MDB names it\n"
            + "deploy --name "
            + RAR_NAME
            + " "
            + artifact("zone-kafka-rar.rar")
            + "\n");
    int hazelcastPort = FreePort.pick();
    Properties props = new Properties();
    props.setProperty("zoneledger.kafka.bootstrap", bootstrap);
    props.setProperty("payaramicro.port", Integer.toString(FreePort.pick()));
    props.setProperty("payaramicro.startPort", Integer.toString(hazelcastPort));
    props.setProperty("payaramicro.clusterMode", "tcpip:127.0.0.1:" + hazelcastPort);
    props.setProperty("payaramicro.clusterName", "arquillian-" + ProcessHandle.current().pid());
    props.setProperty("payaramicro.name", "arquillian");
    props.setProperty("payaramicro.rootDir", dir.resolve("instance").toString());
    try (Writer out =
        Files.newBufferedWriter(dir.resolve("payara-micro.properties"), StandardCharsets.UTF_8)) {
      props.store(out, "Arquillian-managed Payara Micro of this run");
    }
    System.setProperty(DIR_PROPERTY, dir.toString());
    System.out.printf(
        "[arquillian-it] Payara Micro settings in %s (broker %s, database %s)%n",
        dir, bootstrap, database.url());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    NodeDatabase database =
        context.getStore(NAMESPACE).remove(NodeDatabase.class, NodeDatabase.class);
    if (database != null) {
      database.drop();
    }
  }

  private static Path artifact(String file) {
    Path p = Path.of(System.getProperty("it.artifacts", "target/it-artifacts"), file);
    if (!Files.exists(p)) {
      throw new IllegalStateException(p + " missing: run the tests with mvn verify");
    }
    return p.toAbsolutePath();
  }

  private static String config(String file) {
    try (InputStream in =
        MicroInstanceSetup.class.getResourceAsStream("/org/zoneledger/payara/" + file)) {
      if (in == null) {
        throw new IllegalStateException(file + " not on the class path (payara-config)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
