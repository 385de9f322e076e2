package org.zoneledger.client.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** A broker found running from its data folder. */
public record BrokerStatus(long pid, String bootstrapServers, Path dir) {

  /** The broker running on this folder, if any (by its PID file and live process). */
  public static Optional<BrokerStatus> of(Path dir) {
    BrokerFiles files = new BrokerFiles(dir);
    return new PidFile(files)
        .liveBroker()
        .map(process -> new BrokerStatus(process.pid(), bootstrapOf(files), files.dir()));
  }

  /** {@code host:port} of the PLAINTEXT listener written in the folder's server.properties. */
  static String bootstrapOf(BrokerFiles files) {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(files.serverProperties())) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.serverProperties(), e);
    }
    String advertised = props.getProperty("advertised.listeners", "");
    return advertised.replaceFirst("^PLAINTEXT://", "");
  }
}
