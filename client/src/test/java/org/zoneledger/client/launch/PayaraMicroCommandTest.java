package org.zoneledger.client.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraMicroCommandTest {

  private final PayaraMicroCommand command =
      new PayaraMicroCommand(
          Path.of("/a/payara-micro.jar"),
          Path.of("/a/zone-kafka-rar.rar"),
          Path.of("/a/zone-ledger.war"),
          Path.of("/a/pre.asadmin"),
          Path.of("/a/post.asadmin"),
          Path.of("/z/node1/node1-i1"),
          "node1-i1",
          "node1",
          8081,
          List.of(5702, 5701),
          512);

  @Test
  void theResourceAdapterIsDeployedBeforeTheApplication() {
    List<String> args = command.toArgs();
    assertThat(args.indexOf("/a/zone-kafka-rar.rar"))
        .isLessThan(args.indexOf("/a/zone-ledger.war"));
  }

  @Test
  void everythingBindsToLoopbackWithTcpDiscoveryOverTheNodesInstances() {
    String line = String.join(" ", command.toArgs());
    assertThat(line)
        .contains("-Dhazelcast.socket.bind.any=false")
        .contains("-Dh2.bindAddress=127.0.0.1")
        .contains("--interfaces 127.0.0.1")
        .contains("--hzpublicaddress 127.0.0.1")
        .contains("--startport 5702")
        .contains("--clustermode tcpip:127.0.0.1:5702,127.0.0.1:5701")
        .contains("--clustername node1")
        .contains("--port 8081")
        .contains("--disablephonehome")
        .doesNotContain("multicast");
  }

  @Test
  void theRootFolderMarksTheProcessAsThisInstance() {
    assertThat(String.join(" ", command.toArgs())).contains("--rootdir /z/node1/node1-i1");
  }

  @Test
  void theNodesCompilerOptionsAreJvmOptionsBeforeTheJar() {
    List<String> c1 = NodeJit.options(Map.of(NodeJit.ENV, "c1")::get);
    List<String> args = command.toArgs(c1);
    assertThat(args).contains("-XX:TieredStopAtLevel=1");
    assertThat(args.indexOf("-XX:TieredStopAtLevel=1")).isLessThan(args.indexOf("-jar"));
  }
}
