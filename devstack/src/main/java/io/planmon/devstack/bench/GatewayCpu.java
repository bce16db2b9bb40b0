package io.planmon.devstack.bench;

import io.planmon.devstack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The gateway process's CPU time so far, from its own metrics (Micrometer's process binder): taken before and after a
 * case, it gives the gateway's CPU per answer, which on a shared machine says more about its cost than the rate does.
 */
record GatewayCpu(HttpClient http, String gatewayUrl) {

    /** The gateway's {@code process_cpu_time_ns_total} now. */
    long nanos() {
        try {
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(gatewayUrl + "/q/metrics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.body()
                    .lines()
                    .filter(line -> line.startsWith("process_cpu_time_ns_total "))
                    .map(line -> (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                    .findFirst()
                    .orElseThrow(() -> new StackException("the gateway's metrics have no process_cpu_time_ns_total"));
        } catch (IOException e) {
            throw new StackException("the gateway's metrics do not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while reading the gateway's metrics", e);
        }
    }
}
