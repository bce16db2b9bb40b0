package io.planmon.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.Port;
import io.planmon.devstack.Ports;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortHeldOnLocalhostOnlyIsStillBusy() throws Exception {
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int free = Ports.freePort();

            List<String> busy =
                    PortCheck.busy(Map.of(Port.KAFKA, held.getLocalPort(), Port.GATEWAY, free), Ports::isFree);

            assertThat(busy).containsExactly("port " + held.getLocalPort() + " (kafka) is in use");
        }
    }

    @Test
    void freePortsAndNoEarlierStackAreNoProblem() {
        assertThat(PortCheck.problem(List.of(), Set.of())).isNull();
    }

    @Test
    void busyPortsWithAnEarlierStackRunningPointAtDown() {
        String problem = PortCheck.problem(List.of("port 8080 (gateway) is in use"), Set.of("planmon", "gateway"));

        assertThat(problem)
                .contains("A previous ./planmon up is still running")
                .contains("./planmon down")
                .contains("port 8080 (gateway) is in use")
                .doesNotContain("Another program");
    }

    @Test
    void busyPortsWithoutAnEarlierStackBlameAnotherProgram() {
        String problem = PortCheck.problem(List.of("port 5433 (postgres) is in use"), Set.of());

        assertThat(problem).contains("Another program holds these ports").contains("PLANMON_*_PORT");
    }
}
