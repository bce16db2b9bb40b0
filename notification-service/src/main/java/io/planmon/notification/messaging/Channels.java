package io.planmon.notification.messaging;

/**
 * The incoming channels; each is bound to its topic in application.properties ({@code mp.messaging.incoming.<name>.*}).
 * Indicator status and task events will get channels of their own here, handled by the same recorder.
 */
public final class Channels {
    /** {@link io.planmon.events.Topics#OBSERVATIONS} */
    public static final String OBSERVATIONS = "observations";

    private Channels() {}
}
