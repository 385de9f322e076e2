package org.zoneledger.client.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of one Payara Micro instance of a node: the RAR deployed before the WAR,
 * everything on 127.0.0.1, Hazelcast with TCP/IP discovery over the node's instances only.
 *
 * @param payaraJar the payara-micro jar
 * @param rar our Kafka resource adapter (deployed first)
 * @param war the node application
 * @param preBoot pre-boot asadmin command file (loopback listener)
 * @param postBoot post-boot asadmin command file
 * @param rootDir the instance's own root folder (logs, generated files)
 * @param instanceName name of this instance, unique in the zone
 * @param clusterName Hazelcast cluster of the node: every instance of a node shares it
 * @param httpPort HTTP port of this instance
 * @param hazelcastPorts Hazelcast ports of all the node's instances; this instance's is first
 * @param heapMb maximum heap
 */
public record PayaraMicroCommand(
    Path payaraJar,
    Path rar,
    Path war,
    Path preBoot,
    Path postBoot,
    Path rootDir,
    String instanceName,
    String clusterName,
    int httpPort,
    List<Integer> hazelcastPorts,
    int heapMb) {

  public List<String> toArgs() {
    return toArgs(NodeJit.options());
  }

  /** The command line with {@code jitOptions} (see {@link NodeJit}) as the compiler's options. */
  List<String> toArgs(List<String> jitOptions) {
    List<String> args = new ArrayList<>();
    args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    args.add("-Xmx" + heapMb + "m");
    args.add("-Xss1m");
    args.addAll(jitOptions);
    args.add("-Dhazelcast.socket.bind.any=false");
    args.add("-Dhazelcast.phone.home.enabled=false");
    args.add("-Dh2.bindAddress=127.0.0.1"); // H2's AUTO_SERVER listener, loopback only
    args.add("-Dzoneledger.instance=" + instanceName);
    args.add("-jar");
    args.add(payaraJar.toString());
    args.addAll(List.of("--deploy", rar.toString(), "--deploy", war.toString()));
    args.addAll(List.of("--prebootcommandfile", preBoot.toString()));
    args.addAll(List.of("--postbootcommandfile", postBoot.toString()));
    args.addAll(List.of("--rootdir", rootDir.toString(), "--name", instanceName));
    args.addAll(List.of("--port", Integer.toString(httpPort), "--nohostaware"));
    args.addAll(List.of("--interfaces", "127.0.0.1", "--hzpublicaddress", "127.0.0.1"));
    args.addAll(List.of("--startport", Integer.toString(hazelcastPorts.get(0))));
    args.addAll(List.of("--clustermode", "tcpip:" + members()));
    args.addAll(List.of("--clustername", clusterName, "--disablephonehome"));
    return args;
  }

  private String members() {
    return String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
  }
}
