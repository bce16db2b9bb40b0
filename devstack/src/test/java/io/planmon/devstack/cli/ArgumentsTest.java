package io.planmon.devstack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void nothingOrAnyHelpSpellingMeansHelp() {
        assertThat(Arguments.parse().command()).isEqualTo("help");
        assertThat(Arguments.parse("-h").command()).isEqualTo("help");
        assertThat(Arguments.parse("--help").command()).isEqualTo("help");
        assertThat(Arguments.parse("help").command()).isEqualTo("help");
    }

    @Test
    void upTakesTheInfrastructureFlag() {
        assertThat(Arguments.parse("up").has("--infra-only")).isFalse();
        assertThat(Arguments.parse("up", "--infra-only").has("--infra-only")).isTrue();
        assertThatThrownBy(() -> Arguments.parse("up", "--fast")).hasMessageContaining("--fast");
    }

    @Test
    void upTakesTheBenchmarkFlagAloneAndBenchNamesOneBenchmark() {
        assertThat(Arguments.parse("up", "--bench").has("--bench")).isTrue();
        assertThatThrownBy(() -> Arguments.parse("up", "--bench", "--infra-only"))
                .hasMessageContaining("--bench");
        assertThat(Arguments.parse("bench", "ingest").rest()).isEqualTo(List.of("ingest"));
        assertThatThrownBy(() -> Arguments.parse("bench")).hasMessageContaining("ingest, latency, read");
        assertThatThrownBy(() -> Arguments.parse("bench", "speed")).hasMessageContaining("ingest, latency, read");
    }

    @Test
    void upTakesReplicasOneOrTwoBesideAFlag() {
        assertThat(Arguments.parse("up").replicas()).isEqualTo(1);
        assertThat(Arguments.parse("up", "--replicas", "2").replicas()).isEqualTo(2);
        Arguments both = Arguments.parse("up", "--bench", "--replicas", "2");
        assertThat(both.has("--bench")).isTrue();
        assertThat(both.replicas()).isEqualTo(2);
        assertThatThrownBy(() -> Arguments.parse("up", "--replicas")).hasMessageContaining("--replicas takes 1 or 2");
        assertThatThrownBy(() -> Arguments.parse("up", "--replicas", "3"))
                .hasMessageContaining("--replicas takes 1 or 2");
        assertThatThrownBy(() -> Arguments.parse("up", "--replicas", "2", "--fast"))
                .hasMessageContaining("--fast");
    }

    @Test
    void logsNeedsExactlyOneName() {
        assertThat(Arguments.parse("logs", "kafka").rest()).isEqualTo(List.of("kafka"));
        assertThatThrownBy(() -> Arguments.parse("logs")).hasMessageContaining("logs needs one name");
        assertThatThrownBy(() -> Arguments.parse("logs", "a", "b")).hasMessageContaining("logs needs one name");
    }

    @Test
    void otherCommandsTakeNoArgumentsAndUnknownOnesAreRefused() {
        assertThat(Arguments.parse("down").command()).isEqualTo("down");
        assertThat(Arguments.parse("status").command()).isEqualTo("status");
        assertThatThrownBy(() -> Arguments.parse("status", "now")).hasMessageContaining("status takes no arguments");
        assertThatThrownBy(() -> Arguments.parse("start")).hasMessageContaining("unknown command 'start'");
    }
}
