package io.planmon.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.events.EventCodec;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * One attempt at handling a message, repeated in place on any failure but a poison message. Every attempt is a new
 * call of the handler, so a new transaction; the inbox row commits with the effect, so a repeated attempt never
 * applies an effect twice. The values are the production defaults; each can be overridden with the MicroProfile
 * Fault Tolerance keys {@code io.planmon.kit.inbox.Attempts/run/Retry/<maxRetries|delay|jitter|maxDuration>} and
 * {@code io.planmon.kit.inbox.Attempts/run/ExponentialBackoff/maxDelay}; why these values: docs/architecture.md.
 */
@ApplicationScoped
public class Attempts {
    private static final Logger LOG = Logger.getLogger(Attempts.class);

    private final MeterRegistry registry;

    public Attempts(MeterRegistry registry) {
        this.registry = registry;
    }

    @Retry(
            maxRetries = 10,
            delay = 250,
            jitter = 200,
            maxDuration = 20_000,
            abortOn = EventCodec.InvalidEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 4_000)
    public void run(String consumer, String json, Consumer<String> handler) {
        try {
            handler.accept(json);
        } catch (EventCodec.InvalidEventException poison) {
            throw poison; // never retried: the inbox has logged and counted it, the dead-letter topic takes it
        } catch (RuntimeException e) {
            String reason = Failures.reason(e);
            registry.counter("planmon.events.attempts.failed", "consumer", consumer, "reason", reason)
                    .increment();
            LOG.warnf(
                    "%s could not handle a message (%s, %s); it is retried in place while the retry budget lasts",
                    consumer, reason, Failures.rootMessage(e));
            throw e;
        }
    }
}
