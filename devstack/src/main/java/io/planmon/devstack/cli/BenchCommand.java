package io.planmon.devstack.cli;

import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.StackConfig;
import io.planmon.devstack.bench.BenchTarget;
import io.planmon.devstack.bench.IngestBench;
import io.planmon.devstack.bench.LatencyBench;
import io.planmon.devstack.bench.ReadBench;
import java.io.PrintStream;

/** {@code ./planmon bench <ingest|latency|read>}: one benchmark against the started stack (docs/performance.md). */
final class BenchCommand {

    private final StackConfig config;
    private final PrintStream out;

    BenchCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run(String name) throws Exception {
        BenchTarget target = BenchTarget.of(config);
        return switch (name) {
            case "ingest" -> new IngestBench(target, out).run();
            case "latency" ->
                new LatencyBench(target, RunDirectory.of(config.dataDirectory()).endpoints(), out).run();
            case "read" -> new ReadBench(target, out).run();
            default -> throw new Arguments.UsageException("unknown benchmark '" + name + "'");
        };
    }
}
