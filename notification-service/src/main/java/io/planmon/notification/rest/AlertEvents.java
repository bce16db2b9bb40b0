package io.planmon.notification.rest;

import io.planmon.notification.service.alert.AlertChanged;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alert changes as server-sent events, each {@code data:} the JSON of {@code {change, alert}}, interleaved with a
 * {@code :keep-alive} comment at once and then every heartbeat. The first comment makes the answer's head go out as
 * soon as a client connects (without it the head waits for the first alert change, and a client or the gateway gives
 * up); the later ones keep proxies and load balancers from closing a stream that is quiet for a while.
 */
@ApplicationScoped
public class AlertEvents {
    static final String KEEP_ALIVE = "keep-alive";

    private final Duration heartbeat;

    public AlertEvents(
            @ConfigProperty(name = "planmon.alert-stream.heartbeat", defaultValue = "15s") Duration heartbeat) {
        this.heartbeat = heartbeat;
    }

    Multi<OutboundSseEvent> of(Multi<AlertChanged> changes, Sse sse) {
        Multi<OutboundSseEvent> beats = Multi.createBy()
                .concatenating()
                .streams(Multi.createFrom().item(0L), Multi.createFrom().ticks().every(heartbeat))
                .map(tick -> sse.newEventBuilder().comment(KEEP_ALIVE).build());
        // No media type on the event: the resource's element type (JSON) applies, and no "content-type:" field is
        // written into the stream, which browsers' EventSource would not know.
        Multi<OutboundSseEvent> events = changes.map(
                change -> sse.newEventBuilder().data(AlertChanged.class, change).build());
        return Multi.createBy().merging().streams(beats, events);
    }
}
