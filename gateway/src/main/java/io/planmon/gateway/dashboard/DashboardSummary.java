package io.planmon.gateway.dashboard;

import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Asks the three services at once for their summaries, each within the dashboard timeout and conditionally on what
 * they answered last time, and puts the counts together. A part whose service fails is left out and named under
 * {@code missing}: the summary itself never fails because of a service.
 */
@ApplicationScoped
public class DashboardSummary {
    private static final Logger LOG = Logger.getLogger(DashboardSummary.class);

    private final ServiceReader reader;
    private final DashboardMetrics metrics;
    private final Clock clock;

    DashboardSummary(ServiceReader reader, DashboardMetrics metrics, Clock clock) {
        this.reader = reader;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Always succeeds, with as many parts as the services gave. When nothing changed since {@code previous} (null for
     * none), it is answered again byte for byte, so that its strong ETag still holds.
     */
    public Future<ComposedSummary> compose(CallerHeaders caller, String scope, ComposedSummary previous) {
        Map<Part, Future<Object>> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            PartAnswer known = previous == null ? null : previous.parts().get(part);
            parts.put(part, part(part, reader.read(part, caller, known)));
        }
        // All three are under way at once; join waits for every one of them, and none fails: a failure is a Missing.
        return Future.join(new ArrayList<>(parts.values()))
                .transform(done -> Future.succeededFuture(assemble(scope, parts, previous)));
    }

    /** One part: the service's answer, or the {@link Missing} that takes its place; timed either way. */
    private Future<Object> part(Part part, Future<PartAnswer> answer) {
        Timer.Sample sample = metrics.start();
        return answer.<Object>map(counts -> {
                    metrics.stop(sample, part, "ok");
                    return counts;
                })
                .recover(failure -> {
                    PartFailure why;
                    if (failure instanceof PartFailure known) {
                        why = known;
                    } else {
                        // Not a service's doing but a defect here: logged with its stack, still no 500.
                        LOG.error("dashboard summary: " + part.key() + " could not be read", failure);
                        why = new PartFailure("error", null, "the answer could not be read");
                    }
                    metrics.stop(sample, part, why.reason());
                    LOG.warnf("dashboard summary without %s: %s, %s", part.key(), why.reason(), why.getMessage());
                    return Future.succeededFuture(why.missing(part));
                });
    }

    private ComposedSummary assemble(String scope, Map<Part, Future<Object>> results, ComposedSummary previous) {
        Map<Part, PartAnswer> answered = new EnumMap<>(Part.class);
        Map<Part, Missing> missing = new EnumMap<>(Part.class);
        results.forEach((part, result) -> {
            if (result.result() instanceof PartAnswer answer) {
                answered.put(part, answer);
            } else {
                missing.put(part, (Missing) result.result());
            }
        });
        if (!missing.isEmpty()) {
            metrics.countPartial();
        }
        String etag = SummaryETag.of(scope, answered, missing);
        if (previous != null && previous.etag().equals(etag)) {
            return new ComposedSummary(previous.body(), etag, answered);
        }
        JsonObject summary = new JsonObject();
        JsonArray gaps = new JsonArray();
        for (Part part : Part.values()) {
            PartAnswer answer = answered.get(part);
            if (answer == null) {
                summary.putNull(part.key());
                gaps.add(missing.get(part).toJson());
            } else {
                summary.put(part.key(), shape(part, answer.counts()));
            }
        }
        JsonObject body = summary.put("partial", !gaps.isEmpty())
                .put("missing", gaps)
                .put("generatedAt", clock.instant().toString());
        return new ComposedSummary(body.toBuffer(), etag, answered);
    }

    /** The part as the summary has always shown it: alerts are exact counts now, never cut off by a limit. */
    private static JsonObject shape(Part part, JsonObject counts) {
        return part == Part.ALERTS ? counts.copy().put("truncated", false) : counts;
    }
}
