package io.planmon.gateway.dashboard;

import io.micrometer.core.instrument.Timer;
import io.planmon.gateway.config.DashboardConfig;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Asks the three services at once for what the dashboard counts, each within the dashboard timeout, and puts the
 * counts together. A part whose service fails is left out and named under {@code missing}: the summary itself never
 * fails because of a service.
 */
@ApplicationScoped
public class DashboardSummary {
    private static final Logger LOG = Logger.getLogger(DashboardSummary.class);

    private final ServiceReader reader;
    private final DashboardMetrics metrics;
    private final Clock clock;
    private final int alertLimit;

    DashboardSummary(ServiceReader reader, DashboardMetrics metrics, Clock clock, DashboardConfig config) {
        this.reader = reader;
        this.metrics = metrics;
        this.clock = clock;
        this.alertLimit = config.alertLimit();
    }

    /** Always succeeds, with as many parts as the services gave. */
    public Future<JsonObject> summarise(CallerHeaders caller) {
        Map<Part, Future<Object>> parts = new EnumMap<>(Part.class);
        parts.put(
                Part.INDICATORS, part(Part.INDICATORS, () -> reader.read(Part.INDICATORS, "/api/v1/indicators", caller)
                        .map(IndicatorTally::of)));
        parts.put(Part.TASKS, part(Part.TASKS, () -> reader.read(Part.TASKS, "/api/v1/tasks", caller)
                .map(TaskTally::of)));
        parts.put(Part.ALERTS, part(Part.ALERTS, () -> alerts(caller)));
        // All three are under way at once; join waits for every one of them, and none fails: a failure is a Missing.
        return Future.join(new ArrayList<>(parts.values())).transform(done -> Future.succeededFuture(assemble(parts)));
    }

    private Future<JsonObject> alerts(CallerHeaders caller) {
        List<Future<JsonArray>> lists = AlertTally.OPEN_STATES.stream()
                .map(state ->
                        reader.read(Part.ALERTS, "/api/v1/alerts?state=" + state + "&limit=" + alertLimit, caller))
                .toList();
        return Future.all(lists).map(all -> AlertTally.of(all.list(), alertLimit));
    }

    /** One part: its counts, or the {@link Missing} that takes its place; timed either way. */
    private Future<Object> part(Part part, Supplier<Future<JsonObject>> counts) {
        Timer.Sample sample = metrics.start();
        return counts.get()
                .<Object>map(json -> {
                    metrics.stop(sample, part, "ok");
                    return json;
                })
                .recover(failure -> {
                    PartFailure why;
                    if (failure instanceof PartFailure known) {
                        why = known;
                    } else {
                        // Not a service's doing but a defect here: logged with its stack, still no 500.
                        LOG.error("dashboard summary: " + part.key() + " could not be counted", failure);
                        why = new PartFailure("error", null, "the answer could not be counted");
                    }
                    metrics.stop(sample, part, why.reason());
                    LOG.warnf("dashboard summary without %s: %s, %s", part.key(), why.reason(), why.getMessage());
                    return Future.succeededFuture(why.missing(part));
                });
    }

    private JsonObject assemble(Map<Part, Future<Object>> parts) {
        JsonObject summary = new JsonObject();
        JsonArray missing = new JsonArray();
        for (Map.Entry<Part, Future<Object>> entry : parts.entrySet()) {
            Part part = entry.getKey();
            Object result = entry.getValue().result();
            if (result instanceof Missing gap) {
                summary.putNull(part.key());
                missing.add(gap.toJson());
            } else {
                summary.put(part.key(), result);
            }
        }
        if (!missing.isEmpty()) {
            metrics.countPartial();
        }
        return summary.put("partial", !missing.isEmpty())
                .put("missing", missing)
                .put("generatedAt", clock.instant().toString());
    }
}
