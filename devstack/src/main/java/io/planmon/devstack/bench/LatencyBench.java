package io.planmon.devstack.bench;

import java.io.PrintStream;

/** Placeholder until the benchmark lands: says so and fails, never prints a figure. */
public final class LatencyBench {

    private final BenchTarget target;
    private final PrintStream out;

    public LatencyBench(BenchTarget target, PrintStream out) {
        this.target = target;
        this.out = out;
    }

    public int run() {
        out.println("the latency benchmark is not written yet (gateway " + target.gatewayUrl() + ")");
        return 1;
    }
}
